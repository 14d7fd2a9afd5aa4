/**
 * What the minutes search counts as a word, the same for the index and for finding a hit's place: a run
 * of letters, digits and combining marks (so "överenskommelsen", "idéburet", "2026" are words, and a
 * hyphen, a slash or a full stop ends one: "VGR-gemensam" is "vgr" and "gemensam"), lower-cased the
 * Swedish way with å, ä and ö kept as their own letters (foldCase).
 */
import { foldCase } from '../../shared/minutes/textMatch';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const WORD_AT_END = /[\p{L}\p{N}\p{M}]$/u;
const REST_OF_WORD = /[\p{L}\p{N}\p{M}]*/uy;

/** The words of `text`, lower-cased (the whole text at once: far quicker than word by word, and the same). */
export const wordsIn = (text: string): string[] => foldCase(text).match(WORD) ?? [];

/** The distinct search words of a query, lower-cased. */
export const queryWords = (query: string): string[] => [...new Set(wordsIn(query))];

/** True when `at` in `text` starts a word (no letter or digit just before it; a surrogate pair counts whole). */
export const startsWord = (text: string, at: number): boolean => at === 0 || !WORD_AT_END.test(text.slice(Math.max(0, at - 2), at));

/** Where the word that goes on at `at` in `text` ends. */
export function wordEnd(text: string, at: number): number {
  REST_OF_WORD.lastIndex = at;
  return at + REST_OF_WORD.exec(text)![0].length;
}

/** The first place in `text` (lower-cased) where a word starts with `prefix`, or -1. */
export function wordStartingWith(text: string, prefix: string, from = 0): number {
  for (let at = text.indexOf(prefix, from); at >= 0; at = text.indexOf(prefix, at + 1)) {
    if (startsWord(text, at)) return at;
  }
  return -1;
}
