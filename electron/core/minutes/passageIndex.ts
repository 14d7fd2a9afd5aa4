/**
 * Which passages of a minutes hold every word of a query, answered without reading the minutes. A
 * passage is what a search hit can be: a decision, an action item, a heading or a paragraph of the text
 * (`passagesOf` gives them in the order the hits are listed). The word index (minutesIndex.ts) finds and
 * ranks the minutes that hold the words anywhere; this says which passages hold them together, so two
 * words that every minutes has but no paragraph has together are answered from here, not by reading the
 * text of every minutes.
 *
 * Per minutes, each of its words is kept with the passages it is in, as numbers in one typed array (one
 * or two bytes a word a passage, none of the text), so a query looks only at the passages of the words
 * it finds; a radix tree numbers the words of all minutes and finds those that start with what the user
 * typed. A word keeps its number while the index holds any minutes.
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { Minutes } from '../../shared/minutes/minutes';
import { textBlocks, type RichDoc } from '../../shared/minutes/richText';

export interface Passage {
  kind: 'decision' | 'action' | 'text';
  text: string;
  sectionId: string | null;
  isHeading: boolean;
}

/** The passages of `minutes` (whose body is `body`): its decisions, its action items, then its text from the top. */
export const passagesOf = (minutes: Minutes, body: RichDoc): Passage[] => [
  ...minutes.decisions.map((d) => ({ kind: 'decision' as const, text: d.text, sectionId: d.sectionId, isHeading: false })),
  ...minutes.actions.map((a) => ({ kind: 'action' as const, text: a.what, sectionId: a.sectionId, isHeading: false })),
  ...textBlocks(body).map((block) => ({ kind: 'text' as const, ...block })),
];

/** Numbers below `limit`, in the smallest typed array that holds them. */
const smallest = (numbers: readonly number[], limit: number) =>
  limit <= 2 ** 8 ? Uint8Array.from(numbers) : limit <= 2 ** 16 ? Uint16Array.from(numbers) : Uint32Array.from(numbers);

interface PassageWords {
  /** How many passages the minutes has. */
  count: number;
  /** The numbers of the minutes' distinct words. */
  vocabulary: Uint32Array;
  /** The passages each word of `vocabulary` is in, in order, one word after the other. */
  passages: Uint8Array | Uint16Array | Uint32Array;
  /** Where each word's passages start in `passages` (and, last, where the last one's end). */
  starts: Uint32Array;
}

/** How many query words one pass over a minutes checks: one bit each in a small integer. */
const WORDS_PER_PASS = 31;

/**
 * A query made ready for `holding`: per pass of up to WORDS_PER_PASS query words, for each word number
 * the bits of the query words it is found by (it is that word or starts with it).
 */
export type PassageQuery = ReadonlyArray<{ bits: Uint32Array; all: number }>;

export class PassageIndex {
  private readonly numbers = new SearchableMap<number>();
  /** How many words have a number (the map's own count is recounted after each change). */
  private numbered = 0;
  private readonly byMinutes = new Map<string, PassageWords>();
  /** Room for `holding` to work in, one number per passage of the longest minutes asked about yet. */
  private seen = new Uint32Array(0);
  private held = new Uint32Array(0);

  /** Keeps the words of each passage of a minutes (`wordsIn` of each, in the order of `passagesOf`). */
  set(minutesId: string, passageWords: ReadonlyArray<readonly string[]>): void {
    const inPassages = new Map<string, number[]>();
    passageWords.forEach((words, passage) => {
      for (const word of words) {
        const list = inPassages.get(word);
        if (!list) inPassages.set(word, [passage]);
        else if (list.at(-1) !== passage) list.push(passage);
      }
    });
    const lists = [...inPassages.values()];
    const starts = new Uint32Array(lists.length + 1);
    lists.forEach((list, i) => (starts[i + 1] = starts[i]! + list.length));
    this.byMinutes.set(minutesId, {
      count: passageWords.length,
      vocabulary: Uint32Array.from(inPassages.keys(), (word) => this.numberOf(word)),
      passages: smallest(lists.flat(), passageWords.length),
      starts,
    });
  }

  delete(minutesId: string): void {
    this.byMinutes.delete(minutesId);
    if (this.byMinutes.size > 0) return;
    this.numbers.clear();
    this.numbered = 0;
  }

  /** `words` (the query's, each found as a word or the start of one) made ready for `holding`. */
  query(words: readonly string[]): PassageQuery {
    const passes = [];
    for (let from = 0; from < words.length; from += WORDS_PER_PASS) {
      const group = words.slice(from, from + WORDS_PER_PASS);
      const bits = new Uint32Array(this.numbered);
      group.forEach((word, bit) => {
        for (const number of this.numbers.atPrefix(word).values()) bits[number]! |= 1 << bit;
      });
      passes.push({ bits, all: 2 ** group.length - 1 });
    }
    return passes;
  }

  /**
   * The passages of the minutes that hold every word of `query`, by their place in `passagesOf`, in
   * order. The work is the passages of the words the query finds, not the whole text.
   */
  holding(minutesId: string, query: PassageQuery): number[] {
    const minutes = this.byMinutes.get(minutesId);
    if (!minutes) return [];
    const { count, vocabulary, passages, starts } = minutes;
    if (this.seen.length < count) [this.seen, this.held] = [new Uint32Array(count), new Uint32Array(count)];
    // Per passage, the query words it holds in this pass, and how many passes it has held all of.
    const { seen, held } = this;
    held.fill(0, 0, count);
    query.forEach(({ bits, all }, pass) => {
      seen.fill(0, 0, count);
      for (let word = 0; word < vocabulary.length; word++) {
        const found = bits[vocabulary[word]!]!;
        if (found !== 0) for (let at = starts[word]!; at < starts[word + 1]!; at++) seen[passages[at]!]! |= found;
      }
      for (let passage = 0; passage < count; passage++) if (seen[passage] === all && held[passage] === pass) held[passage]!++;
    });
    const holding: number[] = [];
    for (let passage = 0; passage < count; passage++) if (held[passage] === query.length) holding.push(passage);
    return holding;
  }

  private numberOf(word: string): number {
    let number = this.numbers.get(word);
    if (number === undefined) this.numbers.set(word, (number = this.numbered++));
    return number;
  }
}
