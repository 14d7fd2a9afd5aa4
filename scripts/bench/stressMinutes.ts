/**
 * Invented minutes for the benchmark: `count` meetings, each with minutes of `words` words in sections
 * of paragraphs and bullet lists, made from a fixed seed so every run searches the same text.
 */
import type { Meeting } from '../../electron/shared/meetings/meeting';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import { heading, paragraph, type BlockNode } from '../../electron/shared/minutes/richText';
import type { StoreData } from '../../electron/shared/store/schema';
import { seededRandom, uuid } from './stressStore';

const WORDS = [
  'samverkan', 'civila', 'samhället', 'regionen', 'överenskommelsen', 'dialog', 'förening', 'nätverksmöte', 'aktivitetsplan',
  'budget', 'utbildning', 'delaktighet', 'ungdomar', 'folkhälsa', 'kultur', 'idéburet', 'partnerskap', 'förstudie', 'rapport',
  'beslut', 'uppföljning', 'arbetsgrupp', 'kansliet', 'Göteborg', 'Borås', 'Skövde', 'mötet', 'diskuterades', 'presenterades',
];

export function addStressMinutes(data: StoreData, count = 100, words = 5000, seed = 7): StoreData {
  const random = seededRandom(seed);
  const sentence = (length: number) => {
    const picked = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]!);
    return `${picked.join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
  };
  const now = '2024-01-01T00:00:00.000Z';
  for (let i = 0; i < count; i++) {
    const date = `${2010 + Math.floor(i / 6)}-${String((i % 6) * 2 + 1).padStart(2, '0')}-15`;
    const meeting: Meeting = {
      id: uuid(i, 3), date, startTime: '10:00', endTime: '15:00', kind: 'RÖS-möte', titleSuffix: '', place: { type: 'toBeAnnounced' },
      digitalLink: '', status: 'held', cancelReason: '', rsvpDate: '', refreshments: '', chairId: null, secretaryId: null, agenda: [], attendance: [], guests: [], createdAt: now, updatedAt: now,
    };
    const body: BlockNode[] = [];
    let written = 0;
    for (let s = 0; written < words; s++) {
      body.push(heading(`s${i}-${s}`, `Punkt ${s + 1}: ${sentence(4).slice(0, -1)}`));
      for (let p = 0; p < 3 && written < words; p++, written += 40) body.push(paragraph(`${sentence(20)} ${sentence(20)}`));
      body.push({ type: 'bulletList', content: Array.from({ length: 4 }, () => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence(15) }] }] })) });
      written += 60;
    }
    const minutes: Minutes = {
      id: uuid(i, 4), meetingId: meeting.id, title: `Kortfattade anteckningar ${date}`, form: 'brief', body: { type: 'doc', content: body },
      decisions: [], actions: [], status: 'approved', history: [], snapshots: [], createdAt: now, updatedAt: now,
    };
    data.meetings.push(meeting);
    data.minutes.push(minutes);
  }
  return data;
}
