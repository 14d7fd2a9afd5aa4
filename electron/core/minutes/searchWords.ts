/**
 * What the minutes search counts as a word, the same for the index and for finding a hit's place: a run
 * of letters, digits and combining marks (so "överenskommelsen", "idéburet", "2026" are words, and a
 * hyphen, a slash or a full stop ends one: "VGR-gemensam" is "vgr" and "gemensam"), lower-cased the
 * Swedish way with å, ä and ö kept as their own letters (foldCase), and composed (Unicode NFC): an "a"
 * followed by a combining ring, as text copied from a PDF or typed on a Mac may write "å", is the letter
 * "å" (and so not an "a"), the same as the one key "å" writes.
 */
import { foldCase } from '../../shared/minutes/textMatch';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const WORD_AT_END = /[\p{L}\p{N}\p{M}]$/u;
const REST_OF_WORD = /[\p{L}\p{N}\p{M}]*/uy;
/** A character with the combining marks after it (or marks with nothing before them): NFC composes within one. */
const CHARACTER = /\P{M}\p{M}*|\p{M}+/gu;

/** `text` as the search compares it: lower-cased the Swedish way and composed (NFC). */
export const searchForm = (text: string): string => foldCase(text).normalize('NFC');

/** The words of `text`, in their search form (the whole text at once: far quicker than word by word, and the same). */
export const wordsIn = (text: string): string[] => searchForm(text).match(WORD) ?? [];

/**
 * `text` composed (NFC), and for each place in the composed text (and its end) the place in `text` it
 * comes from, so a match found in the composed text is shown on the characters as they are written.
 */
export function composedWithPlaces(text: string): { composed: string; placeIn: (at: number) => number } {
  if (text.normalize('NFC') === text) return { composed: text, placeIn: (at) => at };
  let composed = '';
  const places: number[] = [];
  for (const { 0: character, index } of text.matchAll(CHARACTER)) {
    const written = character.normalize('NFC');
    composed += written;
    for (let i = 0; i < written.length; i++) places.push(index);
  }
  places.push(text.length);
  return { composed, placeIn: (at) => places[at]! };
}

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
