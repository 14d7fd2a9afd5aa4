/**
 * Full-text search across all minutes, their decisions and action items: case-insensitive, with the
 * Swedish letters distinct (å is not a, so "Nara vard" does not find "Nära vård"). Each hit names the
 * meeting's date, the section, the matching sentence, and which occurrence in the text it is, so the
 * editor can open the minutes at that very place. Newest meetings first; the search stops at MAX_HITS.
 */
import type { Minutes } from '../../shared/minutes/minutes';
import type { MinutesSearchHit } from '../../shared/minutes/search';
import { sectionsOf, textBlocks, type RichDoc } from '../../shared/minutes/richText';
import { foldCase, occurrences, sentenceAround } from '../../shared/minutes/textMatch';
import type { StoreData } from '../../shared/store/schema';

export const MAX_HITS = 200;

interface IndexedBlock {
  text: string;
  folded: string;
  sectionId: string | null;
}

/**
 * The text blocks of each document, lower-cased once. A saved document replaces its body object, never
 * changes it in place, so a body seen before is still the same text.
 */
const indexedBodies = new WeakMap<RichDoc, IndexedBlock[]>();

function indexedBlocks(body: RichDoc): IndexedBlock[] {
  let blocks = indexedBodies.get(body);
  if (!blocks) {
    blocks = textBlocks(body).map((block) => ({ text: block.text, folded: foldCase(block.text), sectionId: block.sectionId }));
    indexedBodies.set(body, blocks);
  }
  return blocks;
}

function* hitsIn(minutes: Minutes, meetingDate: string, needle: string): Generator<MinutesSearchHit> {
  const titles = new Map(sectionsOf(minutes.body).map((s) => [s.sectionId, s.title]));
  const base = { minutesId: minutes.id, meetingId: minutes.meetingId, meetingDate };
  let occurrence = 0;
  for (const block of indexedBlocks(minutes.body)) {
    for (const at of occurrences(block.folded, needle)) {
      yield { ...base, kind: 'text', sectionTitle: block.sectionId ? (titles.get(block.sectionId) ?? '') : '', sentence: sentenceAround(block.text, at), occurrence };
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
