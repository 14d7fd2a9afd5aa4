/**
 * Matching text the way a Swedish reader expects: case does not matter, letters do (å, ä, ö are their
 * own letters). Shared by the search across all minutes and the search within one document, so both
 * count occurrences the same way.
 */

/** Lower case in Swedish, one character for one, so positions stay the same as in the original. */
export const foldCase = (text: string): string => text.toLocaleLowerCase('sv-SE');

/** Where `needle` starts in `haystack`, every time, without overlaps. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

const MAX_SENTENCE = 240;
/** A character that ends a sentence (compared, not matched by a pattern: this runs per character of every hit). */
const endsSentence = (c: string | undefined): boolean => c === '.' || c === '!' || c === '?' || c === '\n';

/** The sentence around position `at`, shortened with … when it is long. */
export function sentenceAround(text: string, at: number): string {
  let start = at;
  while (start > 0 && !endsSentence(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !endsSentence(text[end])) end++;
  end = Math.min(end + 1, text.length);
  const sentence = text.slice(start, end).trim();
  if (sentence.length <= MAX_SENTENCE) return sentence;
  const from = Math.max(at - start - MAX_SENTENCE / 2, 0);
  return `…${sentence.slice(from, from + MAX_SENTENCE).trim()}…`;
}
