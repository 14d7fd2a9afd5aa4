/**
 * Invented minutes for the benchmark, made from fixed seeds so every run measures the same text:
 * `count` meetings, each with minutes of `words` words in sections of paragraphs and bullet lists; one
 * minutes made long (the 60,000 words); and full minutes as a secretary writes them for a long
 * meeting (attendance, decisions, four sections with action-item tables) for the Word export.
 */
import type { Meeting } from '../../electron/shared/meetings/meeting';
import type { ActionItem, Decision, Minutes } from '../../electron/shared/minutes/minutes';
import { heading, paragraph, type BlockNode } from '../../electron/shared/minutes/richText';
import type { StoreData } from '../../electron/shared/store/schema';
import { seededRandom, uuid } from './stressStore';

const WORDS = [
  'samverkan', 'civila', 'samhället', 'regionen', 'överenskommelsen', 'dialog', 'förening', 'nätverksmöte', 'aktivitetsplan',
  'budget', 'utbildning', 'delaktighet', 'ungdomar', 'folkhälsa', 'kultur', 'idéburet', 'partnerskap', 'förstudie', 'rapport',
  'beslut', 'uppföljning', 'arbetsgrupp', 'kansliet', 'Göteborg', 'Borås', 'Skövde', 'mötet', 'diskuterades', 'presenterades',
];

/** Sentences of `length` words from the seeded generator. */
function sentences(random: () => number): (length: number) => string {
  return (length) => {
    const picked = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]!);
    return `${picked.join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
  };
}

/** A minutes text of about `words` words: sections of a heading, three paragraphs and a four-item list. */
function stressBody(sentence: (length: number) => string, words: number, minutesIndex: number): BlockNode[] {
  const body: BlockNode[] = [];
  let written = 0;
  for (let s = 0; written < words; s++) {
    body.push(heading(`s${minutesIndex}-${s}`, `Punkt ${s + 1}: ${sentence(4).slice(0, -1)}`));
    for (let p = 0; p < 3 && written < words; p++, written += 40) body.push(paragraph(`${sentence(20)} ${sentence(20)}`));
    body.push({ type: 'bulletList', content: Array.from({ length: 4 }, () => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence(15) }] }] })) });
    written += 60;
  }
  return body;
}

export function addStressMinutes(data: StoreData, count = 100, words = 5000, seed = 7): StoreData {
  const sentence = sentences(seededRandom(seed));
  const now = '2024-01-01T00:00:00.000Z';
  for (let i = 0; i < count; i++) {
    const date = `${2010 + Math.floor(i / 6)}-${String((i % 6) * 2 + 1).padStart(2, '0')}-15`;
    const meeting: Meeting = {
      id: uuid(i, 3), date, startTime: '10:00', endTime: '15:00', kind: 'RÖS-möte', titleSuffix: '', place: { type: 'toBeAnnounced' },
      digitalLink: '', status: 'held', cancelReason: '', rsvpDate: '', refreshments: '', chairId: null, secretaryId: null, agenda: [], attendance: [], guests: [], createdAt: now, updatedAt: now,
    };
    const minutes: Minutes = {
      id: uuid(i, 4), meetingId: meeting.id, title: `Kortfattade anteckningar ${date}`, form: 'brief', body: { type: 'doc', content: stressBody(sentence, words, i) },
      decisions: [], actions: [], status: 'approved', history: [], snapshots: [], createdAt: now, updatedAt: now,
    };
    data.meetings.push(meeting);
    data.minutes.push(minutes);
  }
  return data;
}

/** The store with its first minutes' text made `words` long (the rest as they were). */
export function withLongMinutes(data: StoreData, words = 60_000): StoreData {
  const [first, ...rest] = data.minutes;
  const body = stressBody(sentences(seededRandom(11)), words, 0);
  return { ...data, minutes: [{ ...first!, body: { type: 'doc', content: body } }, ...rest] };
}

/**
 * The store with its first minutes made full minutes of about `words` words, as written for a long
 * meeting: 30 members present and 4 excused, a decision under each of the first twelve sections, and
 * eight action items under each of four sections (four tables in the Word document).
 */
export function withFullMinutes(data: StoreData, words: number): StoreData {
  const sentence = sentences(seededRandom(13));
  const body = stressBody(sentence, words, 0);
  const sectionIds = body.flatMap((block) => (block.type === 'heading' ? [block.attrs.sectionId] : []));
  const decisions: Decision[] = sectionIds.slice(0, 12).map((sectionId, i) => ({ id: uuid(i, 5), sectionId, text: sentence(18), focusAreaIds: [] }));
  const tableSections = [0, 1, 2, 3].map((n) => sectionIds[Math.floor((n * sectionIds.length) / 4)]!);
  const actions: ActionItem[] = tableSections.flatMap((sectionId, s) =>
    Array.from({ length: 8 }, (_, a) => ({
      id: uuid(s * 8 + a, 6), sectionId, what: sentence(12), responsibleMemberId: data.members[(s * 8 + a) % data.members.length]?.id ?? null,
      responsibleText: '', due: `2024-0${(a % 9) + 1}-15`, status: 'open' as const, focusAreaIds: [],
    })));
  const [meeting, ...meetings] = data.meetings;
  const attendance = data.members.slice(0, 34).map((m, i) => ({ memberId: m.id, state: i < 30 ? ('present' as const) : ('excused' as const), substituteForId: null }));
  const [first, ...rest] = data.minutes;
  return {
    ...data,
    meetings: [{ ...meeting!, attendance }, ...meetings],
    minutes: [{ ...first!, title: `Fullständiga anteckningar ${meeting!.date}`, form: 'full', body: { type: 'doc', content: body }, decisions, actions }, ...rest],
  };
}
