/**
 * The word index of the minutes (MiniSearch), kept up to date one minutes at a time. It remembers, per
 * minutes id, the minutes object it last indexed: the store replaces a changed minutes and never changes
 * one in place, so comparing those objects with the store's (one pass over the list) finds exactly the
 * minutes that were saved, restored, imported, replaced with a backup or deleted, whatever did it, and
 * only those are indexed again. A minutes is one document with four fields: its section headings, its
 * text, its decisions and its action items; and the words of each of its passages are kept beside it
 * (passageIndex.ts), so the index alone says which paragraphs hold all the words of a query. Nothing of
 * the text is kept: a hit's place is found in the minutes itself (minutesSearch.ts), whose body may be
 * kept as bytes until read (compactBodies.ts), and only the minutes with a passage that holds every word
 * are read.
 *
 * The index is built once the minutes are read and the calls have paused, and brought up to date again
 * whenever they pause, in slices of a few milliseconds between other work (`indexInBackground`), never
 * on the first screen's path; a search indexes whatever is not yet indexed (after an autosave, the
 * minutes being written).
 */
import MiniSearch from 'minisearch';
import type { Minutes } from '../../shared/minutes/minutes';
import { PassageIndex, passagesOf, type Passage } from './passageIndex';
import { bodyToRead } from '../store/compactBodies';
import { wordsIn } from './searchWords';

interface MinutesDocument {
  id: string;
  headings: string;
  text: string;
  decisions: string;
  actions: string;
}

/** A section heading, a decision or an action item weighs twice a word in the running text. */
const BOOST = { headings: 2, decisions: 2, actions: 2, text: 1 };
/**
 * How long one background slice may index before letting other work run; the next slice waits as long
 * again, so a build takes at most half a core and leaves the rest to a window on a two-core machine.
 */
const SLICE_MS = 8;

/**
 * What the index keeps of `minutes`: the document of its words, and the words of each of its passages.
 * The text is split into words once: a field holds the words found, one space apart.
 */
function contentsOf(minutes: Minutes): { document: MinutesDocument; passageWords: string[][] } {
  const passages = passagesOf(minutes, bodyToRead(minutes));
  const passageWords = passages.map((passage) => wordsIn(passage.text));
  const field = (holds: (passage: Passage) => boolean) => passages.flatMap((passage, i) => (holds(passage) ? passageWords[i]! : [])).join(' ');
  return {
    document: {
      id: minutes.id,
      headings: field((p) => p.isHeading),
      text: field((p) => p.kind === 'text' && !p.isHeading),
      decisions: field((p) => p.kind === 'decision'),
      actions: field((p) => p.kind === 'action'),
    },
    passageWords,
  };
}

export interface RankedMinutes {
  minutes: Minutes;
  /** MiniSearch's BM25+ score, the fields boosted as BOOST says. */
  score: number;
  /** The passages of the minutes (by their place in `passagesOf`) that hold every word, in order. */
  passages: () => number[];
}

export class MinutesIndex {
  private readonly words = new MiniSearch<MinutesDocument>({
    fields: ['headings', 'text', 'decisions', 'actions'],
    // The fields hold words found by `wordsIn` (contentsOf), the queries are such words.
    tokenize: (words) => (words ? words.split(' ') : []),
    processTerm: (word) => word,
  });
  private readonly passages = new PassageIndex();
  /** Per minutes id, the minutes object the index holds the words of. */
  private readonly indexed = new Map<string, Minutes>();

  /**
   * Brings the index up to `all`, the store's minutes: drops the minutes that are gone, indexes the ones
   * that are new or replaced. Stops once `deadline` (a `performance.now()` time) has passed; true when
   * the index is up to date.
   */
  update(all: readonly Minutes[], deadline = Number.POSITIVE_INFINITY): boolean {
    if (all.length !== this.indexed.size || all.some((m) => this.indexed.get(m.id) !== m)) {
      const present = new Set(all.map((m) => m.id));
      for (const id of this.indexed.keys()) {
        if (present.has(id)) continue;
        this.words.discard(id);
        this.passages.delete(id);
        this.indexed.delete(id);
      }
      for (const minutes of all) {
        const held = this.indexed.get(minutes.id);
        if (held === minutes) continue;
        if (performance.now() > deadline) return false;
        if (held) this.words.discard(minutes.id);
        const { document, passageWords } = contentsOf(minutes);
        this.words.add(document);
        this.passages.set(minutes.id, passageWords);
        this.indexed.set(minutes.id, minutes);
      }
    }
    return true;
  }

  /**
   * The minutes holding every word, each as a word or the start of one, the best first; which of their
   * passages hold every word is answered when asked (the search asks until it has enough hits).
   */
  rank(words: readonly string[]): RankedMinutes[] {
    if (words.length === 0) return [];
    const results = this.words.search({ queries: [...words], combineWith: 'AND' }, { prefix: true, boost: BOOST });
    const query = results.length > 0 ? this.passages.query(words) : [];
    return results.map((result) => {
      const id = result.id as string;
      return { minutes: this.indexed.get(id)!, score: result.score, passages: () => this.passages.holding(id, query) };
    });
  }
}

/** The index of the open store (a backend holds one store at a time; another is indexed anew). */
export const minutesIndex = new MinutesIndex();

let background = 0;

/**
 * In `delayMs`, indexes the minutes `read` returns in slices, each after the work waiting (IPC calls)
 * has run and a pause as long as a slice, until the index is up to date; `read` answers null when there
 * is nothing to index (a store in recovery). A later call takes over from an earlier one. The timers do
 * not keep the process alive.
 */
export function indexInBackground(read: () => readonly Minutes[] | null, delayMs = 0): void {
  const run = ++background;
  const slice = () => {
    if (run !== background) return;
    const all = read();
    if (all && !minutesIndex.update(all, performance.now() + SLICE_MS)) setTimeout(slice, SLICE_MS).unref();
  };
  setTimeout(slice, delayMs).unref();
}
