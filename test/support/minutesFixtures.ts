/**
 * The group's real minutes of 28 april 2021 (reference text 004), shortened, as sections of paragraphs
 * and bullets with two links: what the tests type into the editor and expect back. They name no people.
 * Also a meeting with new minutes made through the backend, and minutes as stored, for tests that put
 * them in the store directly.
 */
import { randomUUID } from 'node:crypto';
import type { Backend } from '../../electron/core/ipc/backend';
import type { Meeting } from '../../electron/shared/meetings/meeting';
import type { Minutes, MinutesContent } from '../../electron/shared/minutes/minutes';
import type { BlockNode, RichDoc } from '../../electron/shared/minutes/richText';
import { heading, paragraph } from '../../electron/shared/minutes/richText';
import { agendaItem, seedMeetings2024 } from './meetingFixtures';
import { value } from './testBackend';

export interface SeedSection {
  title: string;
  paragraphs: string[];
  bullets: string[];
  /** A link in the last bullet: its text and address. */
  link?: { text: string; href: string };
  after?: string;
}

export const SEED_MINUTES: SeedSection[] = [
  {
    title: 'Aktuella samarbete mellan det civila samhället och Västra Götalandsregionen',
    paragraphs: ['Fyra presentationer av aktuella samarbeten presenterades.'],
    bullets: [
      'IOP (Idéburet offentligt partnerskap) riktlinje, förslaget presenterade som tagits fram tillsammans med en referensgrupp.',
      'Pilotprojekt Nära vård. Två pilotprojekt pågår ett i Angered och ett i Alingsås.',
      'Regional utvecklingsstrategi (RUS) 2021–2030. Uppstartskonferenserna finns på webbsidan ',
    ],
    link: { text: 'Regional utvecklingsstrategi', href: 'https://www.vgregion.se/' },
    after: 'Det civila samhället är en resurs i hela Västra Götaland.',
  },
  {
    title: 'Reviderad aktivitetsplan för 2021',
    paragraphs: ['Ett förslag på reviderad aktivitetsplan och budget diskuterades vid mötet.'],
    bullets: [],
  },
  {
    title: 'Informationspunkter',
    paragraphs: [],
    bullets: [
      'Förstudien ”Öppet Västra Götaland” om en ny samverkansplattform.',
      'Handlingsplan för suicidprevention 2020–2025. Anmälan via denna ',
    ],
    link: { text: 'länk', href: 'https://www.vgregion.se/suicidprevention' },
  },
];

/** The seed minutes as the editor stores them. */
export function seedMinutesDoc(sectionIds: string[]): RichDoc {
  const content: BlockNode[] = SEED_MINUTES.flatMap((section, index) => {
    const blocks: BlockNode[] = [heading(sectionIds[index] ?? `s${index}`, section.title), ...section.paragraphs.map((p) => paragraph(p))];
    if (section.bullets.length) {
      blocks.push({
        type: 'bulletList',
        content: section.bullets.map((text, i) => {
          const isLast = i === section.bullets.length - 1;
          const link = isLast && section.link ? [{ type: 'text' as const, text: section.link.text, marks: [{ type: 'link' as const, attrs: { href: section.link.href } }] }] : [];
          return { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text }, ...link] }] };
        }),
      });
    }
    if (section.after) blocks.push(paragraph(section.after));
    return blocks;
  });
  return { type: 'doc', content };
}

/** A meeting on `date` with two agenda items, and its new minutes. */
export async function meetingWithMinutes(backend: Backend, date = '2021-04-28', form: Minutes['form'] = 'brief') {
  const meeting = await value<Meeting>(backend.invoke('saveMeeting', { id: null, meeting: { ...seedMeetings2024[0], date } }));
  await value(backend.invoke('saveAgenda', { meetingId: meeting.id, agenda: [agendaItem('Aktuella samarbete mellan det civila samhället och Västra Götalandsregionen', false), agendaItem('Reviderad aktivitetsplan för 2021', false)] }));
  const minutes = await value<Minutes>(backend.invoke('createMinutes', { meetingId: meeting.id, form }));
  return { meeting, minutes };
}

export const contentOf = (minutes: Minutes, patch: Partial<MinutesContent> = {}): MinutesContent => ({
  title: minutes.title, form: minutes.form, body: minutes.body, decisions: minutes.decisions, actions: minutes.actions, ...patch,
});

/**
 * Minutes as the store holds them: a draft of one paragraph, made 13 June 2024, changed by `patch`. The
 * keys are in the schema's order, as a file read back and written again has them.
 */
export function storedMinutes(patch: Partial<Minutes> = {}): Minutes {
  const at = '2024-06-13T08:00:00.000Z';
  return {
    title: 'Kortfattade anteckningar', form: 'brief', body: { type: 'doc', content: [paragraph('Mötet öppnades.')] }, decisions: [], actions: [],
    id: randomUUID(), meetingId: randomUUID(), status: 'draft', history: [], snapshots: [], createdAt: at, updatedAt: at, ...patch,
  };
}
