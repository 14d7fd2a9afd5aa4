/**
 * What the minutes search counts as a word, the same for the index and for finding a hit's place: a run
 * of letters, digits and combining marks (so "överenskommelsen", "idéburet", "2026" are words, and a
 * hyphen, a slash or a full stop ends one: "VGR-gemensam" is "vgr" and "gemensam"), lower-cased the
 * Swedish way with å, ä and ö kept as their own letters (foldCase).
 */
import { foldCase } from '../../shared/minutes/textMatch';

const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/u;
const WORD_AT_END = /[\p{L}\p{N}\p{M}]$/u;
const WORD_AT_START = /^[\p{L}\p{N}\p{M}]/u;

/** The words of `text` as they are written (the index lower-cases each with `foldCase`). */
export const wordsIn = (text: string): string[] => text.split(NOT_WORD).filter(Boolean);

/** The distinct search words of a query, lower-cased. */
export const queryWords = (query: string): string[] => [...new Set(wordsIn(query).map(foldCase))];

/** True when `at` in `text` starts a word (no letter or digit just before it; a surrogate pair counts whole). */
export const startsWord = (text: string, at: number): boolean => at === 0 || !WORD_AT_END.test(text.slice(Math.max(0, at - 2), at));

/** Where the word that goes on at `at` in `text` ends. */
export function wordEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && WORD_AT_START.test(text.slice(end, end + 2))) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
  return end;
}

/** The first place in `text` (lower-cased) where a word starts with `prefix`, or -1. */
export function wordStartingWith(text: string, prefix: string, from = 0): number {
  for (let at = text.indexOf(prefix, from); at >= 0; at = text.indexOf(prefix, at + 1)) {
    if (startsWord(text, at)) return at;
  }
  return -1;
}
