/**
 * The words the spelling check looks at in a piece of text, with where each one is. Both sides use it:
 * the editor to know what to mark, the backend to split the group's own words (organisation names).
 * A word is letters, joined by inner hyphens, colons and points ("e-post", "IOP:s", "t.ex."), with a
 * trailing point or hyphen kept so that Hunspell's Swedish rules can read "dvs." and "hälso-".
 * Text that is not prose is left alone: anything with a digit, "@", "/", "\" or "_" (dates, times,
 * addresses, file names), "www.", and words longer than `MAX_WORD_LENGTH`.
 */

export const MAX_WORD_LENGTH = 60;

export interface WordAt {
  /** The word as checked, a trailing point or hyphen included. */
  word: string;
  /** Where it starts in the text. */
  from: number;
  /** Where the marked part ends: before a trailing point (the mark covers the letters). */
  to: number;
}

const CHUNK = /\S+/g;
const NOT_PROSE = /[\p{N}@/\\_]|www\./iu;
const LETTERS = String.raw`[\p{L}\p{M}]+(?:[-:.'’][\p{L}\p{M}]+)*`;
const WORD = new RegExp(`${LETTERS}([.-]?)`, 'gu');

/** Exactly one word as `wordsIn` finds them (what the backend accepts to check). */
export const ONE_WORD = new RegExp(`^${LETTERS}[.-]?$`, 'u');

export function wordsIn(text: string): WordAt[] {
  const words: WordAt[] = [];
  for (const chunk of text.matchAll(CHUNK)) {
    if (NOT_PROSE.test(chunk[0])) continue;
    for (const match of chunk[0].matchAll(WORD)) {
      const word = match[0];
      if (word.length > MAX_WORD_LENGTH) continue;
      const from = chunk.index + match.index;
      words.push({ word, from, to: from + word.length - (match[1] === '.' ? 1 : 0) });
    }
  }
  return words;
}
