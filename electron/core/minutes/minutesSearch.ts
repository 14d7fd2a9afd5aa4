/**
 * Full-text search across all minutes, their decisions and action items, through the word index
 * (minutesIndex.ts). A query is words; each is found as a word or as the start of one, as the user types
 * ("överensk" finds "överenskommelsen"); case does not matter, but å, ä and ö are letters of their own
 * ("Nara vard" does not find "Nära vård"), however they are written (one character, or a letter with a
 * combining mark, as a PDF or a Mac may give them: searchWords.ts). A hit is a paragraph, heading,
 * decision or action item that holds every word of the query.
 *
 * Ranking: the minutes in the order of their BM25+ score in the index (a word in a section heading,
 * decision or action item weighs twice one in the running text), the newer meeting first when the
 * scores are equal; within one minutes, its decisions, then its action items, then its text from the
 * top. The search stops at MAX_HITS.
 *
 * Each hit names the meeting's date, the section and the sentence around the match, and for a hit in the
 * text what to find in the editor (`match`: the query as typed where the text has it, else the first
 * word that matched, whole) and which occurrence of it, counted as the editor counts (findInDoc.ts), so
 * the minutes open at that very word.
 */
import type { Minutes } from '../../shared/minutes/minutes';
import type { MinutesSearchHit } from '../../shared/minutes/search';
import { sectionsOf } from '../../shared/minutes/richText';
import { foldCase, occurrences, sentenceAround } from '../../shared/minutes/textMatch';
import type { StoreData } from '../../shared/store/schema';
import { bodyToRead } from '../store/compactBodies';
import { minutesIndex } from './minutesIndex';
import { passagesOf } from './passageIndex';
import { composedWithPlaces, queryWords, searchForm, startsWord, wordEnd, wordStartingWith } from './searchWords';

export const MAX_HITS = 200;

interface Query {
  words: readonly string[];
  /** The query as typed, in its search form (searchWords.ts), its spaces made single. */
  phrase: string;
}

/**
 * Where the query is matched in `folded` (a lower-cased text) and what to find there, as `folded` writes
 * it, or null when a word is missing. The words are looked for in the text composed (NFC), as the index
 * has them, and the place found is mapped back to the text as written.
 */
function matchIn(folded: string, { words, phrase }: Query): { at: number; match: string } | null {
  const { composed, placeIn } = composedWithPlaces(folded);
  const found = (at: number, end: number) => ({ at: placeIn(at), match: folded.slice(placeIn(at), placeIn(end)) });
  let first = composed.length;
  for (const word of words) {
    const at = wordStartingWith(composed, word);
    if (at < 0) return null;
    first = Math.min(first, at);
  }
  const at = words.length === 1 && phrase === words[0] ? -1 : wordStartingWith(composed, phrase);
  if (at >= 0) {
    const after = at + phrase.length;
    return found(at, startsWord(composed, after) ? after : wordEnd(composed, after));
  }
  return found(first, wordEnd(composed, first));
}

/** The hits in `passages` (by their place in `passagesOf`, in order), each of which holds every word of the query. */
function* hitsIn(minutes: Minutes, meetingDate: string, query: Query, passages: readonly number[]): Generator<MinutesSearchHit> {
  const body = bodyToRead(minutes);
  const titles = new Map(sectionsOf(body).map((s) => [s.sectionId, s.title]));
  const base = { minutesId: minutes.id, meetingId: minutes.meetingId, meetingDate };
  const all = passagesOf(minutes, body);
  const firstText = all.findIndex((passage) => passage.kind === 'text');
  const folded = new Array<string | null>(all.length).fill(null);
  const foldedAt = (index: number) => (folded[index] ??= foldCase(all[index]!.text));
  // Per text to find: how many times the text passages before `next` have it.
  const tally = new Map<string, { next: number; count: number }>();
  const countBefore = (match: string, index: number): number => {
    const counted = tally.get(match) ?? { next: firstText, count: 0 };
    for (; counted.next < index; counted.next++) counted.count += occurrences(foldedAt(counted.next), match).length;
    tally.set(match, counted);
    return counted.count;
  };
  for (const index of passages) {
    const { kind, text, sectionId } = all[index]!;
    const found = matchIn(foldedAt(index), query);
    if (!found) continue;
    const sectionTitle = sectionId ? (titles.get(sectionId) ?? '') : '';
    const occurrence = kind === 'text' ? countBefore(found.match, index) + occurrences(foldedAt(index), found.match).filter((at) => at < found.at).length : null;
    yield { ...base, kind, sectionTitle, sentence: sentenceAround(text, found.at), match: found.match, occurrence };
  }
}

export function searchMinutes(data: StoreData, query: string): MinutesSearchHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const parsed: Query = { words, phrase: searchForm(query.trim().replace(/\s+/g, ' ')) };
  minutesIndex.update(data.minutes);
  const meetingDates = new Map([...data.formerMeetings, ...data.meetings].map((m) => [m.id, m.date]));
  const ranked = minutesIndex
    .rank(words)
    .map((entry) => ({ ...entry, meetingDate: meetingDates.get(entry.minutes.meetingId) ?? '' }))
    .sort((a, b) => b.score - a.score || b.meetingDate.localeCompare(a.meetingDate));
  const hits: MinutesSearchHit[] = [];
  for (const { minutes, meetingDate, passages } of ranked) {
    const holding = passages();
    if (holding.length === 0) continue;
    for (const hit of hitsIn(minutes, meetingDate, parsed, holding)) {
      hits.push(hit);
      if (hits.length === MAX_HITS) return hits;
    }
  }
  return hits;
}
