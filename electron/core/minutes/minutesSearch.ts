/**
 * Full-text search across all minutes, their decisions and action items: case-insensitive, with the
 * Swedish letters distinct (å is not a, so "Nara vard" does not find "Nära vård"). Each hit names the
 * meeting's date, the section, the matching sentence, and which occurrence in the text it is, so the
 * editor can open the minutes at that very place.
 */
import type { MinutesSearchHit } from '../../shared/minutes/search';
import { sectionsOf, textBlocks } from '../../shared/minutes/richText';
import { foldCase, occurrences, sentenceAround } from '../../shared/minutes/textMatch';
import type { StoreData } from '../../shared/store/schema';

export const MAX_HITS = 200;

export function searchMinutes(data: StoreData, query: string): MinutesSearchHit[] {
  const needle = foldCase(query.trim());
  if (needle.length === 0) return [];
  const meetingDates = new Map(data.meetings.map((m) => [m.id, m.date]));
  const hits: MinutesSearchHit[] = [];
  for (const minutes of data.minutes) {
    const meetingDate = meetingDates.get(minutes.meetingId) ?? '';
    const titles = new Map(sectionsOf(minutes.body).map((s) => [s.sectionId, s.title]));
    const base = { minutesId: minutes.id, meetingId: minutes.meetingId, meetingDate };
    let occurrence = 0;
    for (const block of textBlocks(minutes.body)) {
      for (const at of occurrences(foldCase(block.text), needle)) {
        hits.push({ ...base, kind: 'text', sectionTitle: block.sectionId ? (titles.get(block.sectionId) ?? '') : '', sentence: sentenceAround(block.text, at), occurrence });
        occurrence++;
      }
    }
    for (const decision of minutes.decisions) {
      const at = foldCase(decision.text).indexOf(needle);
      if (at >= 0) hits.push({ ...base, kind: 'decision', sectionTitle: titles.get(decision.sectionId) ?? '', sentence: sentenceAround(decision.text, at), occurrence: null });
    }
    for (const action of minutes.actions) {
      const at = foldCase(action.what).indexOf(needle);
      if (at >= 0) hits.push({ ...base, kind: 'action', sectionTitle: titles.get(action.sectionId) ?? '', sentence: sentenceAround(action.what, at), occurrence: null });
    }
  }
  return hits.sort((a, b) => b.meetingDate.localeCompare(a.meetingDate)).slice(0, MAX_HITS);
}
