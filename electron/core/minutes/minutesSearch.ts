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

export const MAX_HITS = 200;

interface IndexedMinutes {
  /** Each text block of the body, lower-cased, with its section. */
  blocks: Array<{ folded: string; sectionId: string | null }>;
  titles: Map<string, string>;
}

/**
 * The text of each minutes' body, lower-cased once, keyed by the minutes object: the store replaces a
 * changed minutes, never changes one in place, so a minutes seen before still has the same text. Keyed
 * by the minutes, not its body, since a minutes read from disk parses its body anew once the parsed one
 * is collected (compactBodies.ts). Only the lower-cased text is kept (the body already holds the text):
 * the original sentence is taken from the body for a hit. Lower-casing keeps the Swedish text's offsets
 * (the hits already rely on that).
 */
const indexed = new WeakMap<Minutes, IndexedMinutes>();

function indexOf(minutes: Minutes): IndexedMinutes {
  let index = indexed.get(minutes);
  if (!index) {
    const body = minutes.body;
    index = {
      blocks: textBlocks(body).map((block) => ({ folded: foldCase(block.text), sectionId: block.sectionId })),
      titles: new Map(sectionsOf(body).map((s) => [s.sectionId, s.title])),
    };
    indexed.set(minutes, index);
  }
  return index;
}

function* hitsIn(minutes: Minutes, meetingDate: string, needle: string): Generator<MinutesSearchHit> {
  const { blocks, titles } = indexOf(minutes);
  const base = { minutesId: minutes.id, meetingId: minutes.meetingId, meetingDate };
  let texts: string[] | null = null;
  let occurrence = 0;
  for (const [i, block] of blocks.entries()) {
    for (const at of occurrences(block.folded, needle)) {
      texts ??= textBlocks(minutes.body).map((b) => b.text);
      yield { ...base, kind: 'text', sectionTitle: block.sectionId ? (titles.get(block.sectionId) ?? '') : '', sentence: sentenceAround(texts[i]!, at), occurrence };
      occurrence++;
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
  for (const { minutes, meetingDate } of newestFirst) {
    for (const hit of hitsIn(minutes, meetingDate, needle)) {
      hits.push(hit);
      if (hits.length === MAX_HITS) return hits;
    }
  }
  return hits;
}
