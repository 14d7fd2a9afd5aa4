/**
 * Full-text search across all minutes, their decisions and action items: case-insensitive, with the
 * Swedish letters distinct (å is not a, so "Nara vard" does not find "Nära vård"). Each hit names the
 * meeting's date, the section, the matching sentence, and which occurrence in the text it is, so the
 * editor can open the minutes at that very place. Newest meetings first; the search stops at MAX_HITS.
 */
import type { Minutes } from '../../shared/minutes/minutes';
import type { MinutesSearchHit } from '../../shared/minutes/search';
import { sectionsOf, textBlocks } from '../../shared/minutes/richText';
import { foldCase, occurrences, sentenceAround } from '../../shared/minutes/textMatch';
import type { StoreData } from '../../shared/store/schema';
import { bodyToRead } from '../store/compactBodies';

export const MAX_HITS = 200;

interface IndexedMinutes {
  /** The text blocks of the body, lower-cased, as UTF-8, each ended by a NUL: where a hit can be. */
  folded: Buffer;
  titles: Map<string, string>;
}

/**
 * Each minutes' text, lower-cased once, keyed by the minutes object: the store replaces a changed
 * minutes, never changes one in place, so a minutes seen before still has the same text. Keyed by the
 * minutes, not its body, since a minutes read from disk parses its body anew once the parsed one is
 * collected (compactBodies.ts). Kept as UTF-8 bytes, off the heap and a fraction of the strings' size;
 * they only say whether a minutes has the needle at all (a well-formed needle's UTF-8 is in the text's
 * UTF-8 only where it is in the text, or across a block's end, which the exact match below drops). A
 * minutes that has it is matched exactly, block by block, on its body, as before.
 */
const indexed = new WeakMap<Minutes, IndexedMinutes>();

function indexOf(minutes: Minutes): IndexedMinutes {
  let index = indexed.get(minutes);
  if (!index) {
    const body = bodyToRead(minutes);
    index = {
      folded: Buffer.from(textBlocks(body).map((block) => `${foldCase(block.text)}\u0000`).join('')),
      titles: new Map(sectionsOf(body).map((s) => [s.sectionId, s.title])),
    };
    indexed.set(minutes, index);
  }
  return index;
}

/** The needle as the index's bytes, or null when it has a lone surrogate (whose UTF-8 is not its own). */
const needleBytes = (needle: string): Buffer | null => (/[\uD800-\uDFFF]/.test(needle) ? null : Buffer.from(needle));

function* hitsIn(minutes: Minutes, meetingDate: string, needle: string, bytes: Buffer | null): Generator<MinutesSearchHit> {
  const { folded, titles } = indexOf(minutes);
  const base = { minutesId: minutes.id, meetingId: minutes.meetingId, meetingDate };
  if (bytes === null || folded.includes(bytes)) {
    let occurrence = 0;
    for (const block of textBlocks(minutes.body)) {
      for (const at of occurrences(foldCase(block.text), needle)) {
        yield { ...base, kind: 'text', sectionTitle: block.sectionId ? (titles.get(block.sectionId) ?? '') : '', sentence: sentenceAround(block.text, at), occurrence };
        occurrence++;
      }
    }
  }
  for (const decision of minutes.decisions) {
    const at = foldCase(decision.text).indexOf(needle);
    if (at >= 0) yield { ...base, kind: 'decision', sectionTitle: titles.get(decision.sectionId) ?? '', sentence: sentenceAround(decision.text, at), occurrence: null };
  }
  for (const action of minutes.actions) {
    const at = foldCase(action.what).indexOf(needle);
    if (at >= 0) yield { ...base, kind: 'action', sectionTitle: titles.get(action.sectionId) ?? '', sentence: sentenceAround(action.what, at), occurrence: null };
  }
}

export function searchMinutes(data: StoreData, query: string): MinutesSearchHit[] {
  const needle = foldCase(query.trim());
  if (needle.length === 0) return [];
  const meetingDates = new Map([...data.formerMeetings, ...data.meetings].map((m) => [m.id, m.date]));
  const newestFirst = data.minutes
    .map((minutes) => ({ minutes, meetingDate: meetingDates.get(minutes.meetingId) ?? '' }))
    .sort((a, b) => b.meetingDate.localeCompare(a.meetingDate));
  const hits: MinutesSearchHit[] = [];
  const bytes = needleBytes(needle);
  for (const { minutes, meetingDate } of newestFirst) {
    for (const hit of hitsIn(minutes, meetingDate, needle, bytes)) {
      hits.push(hit);
      if (hits.length === MAX_HITS) return hits;
    }
  }
  return hits;
}
