// What "Skapa nästa möte" carries over: the open action items of earlier minutes — what, who (the
// member's name, or the name typed) and by when, in Swedish — as a list in the notes of the new
// meeting's item "Uppföljning av åtgärder", as a bullet list in that section of its new minutes, and in
// the kallelse as a Word list, below the covering letter filled in for the meeting.
import { describe, expect, it } from 'vitest';
import { sv } from '../../electron/shared/i18n/sv';
import type { Meeting } from '../../electron/shared/meetings/meeting';
import type { ActionItem, Minutes } from '../../electron/shared/minutes/minutes';
import { inlineText, sectionsOf } from '../../electron/shared/minutes/richText';
import type { Backend } from '../../electron/core/ipc/backend';
import { readExportedDocx } from '../support/exportedDocx';
import { contentOf, meetingWithMinutes } from '../support/minutesFixtures';
import { memberInput } from '../support/registerFixtures';
import { value, withBackend } from '../support/testBackend';

const CARRIED = [
  'Skicka reviderad aktivitetsplan – Berit Påhittad, senast 15 maj 2021',
  'Boka lokal till hösten – kansliet, senast 1 september 2021',
  'Bjuda in Sociala ekonomins råd',
];

/** A held meeting whose minutes have three open action items and one done, and the next meeting made from it. */
async function meetingWithOpenActions(backend: Backend) {
  const member = await value<{ id: string }>(backend.invoke('saveMember', { id: null, member: memberInput({ name: 'Berit Påhittad', email: 'berit@example.se' }) }));
  const { meeting, minutes } = await meetingWithMinutes(backend);
  const sectionId = sectionsOf(minutes.body)[1]!.sectionId;
  const action = (what: string, patch: Partial<ActionItem> = {}): ActionItem => ({
    id: crypto.randomUUID(), sectionId, what, responsibleMemberId: null, responsibleText: '', due: '', status: 'open', focusAreaIds: [], ...patch,
  });
  const actions = [
    action('Skicka reviderad aktivitetsplan', { responsibleMemberId: member.id, due: '2021-05-15' }),
    action('Boka lokal till hösten', { responsibleText: 'kansliet', due: '2021-09-01' }),
    action('Skriva till förbunden', { responsibleText: 'kansliet', status: 'done' }),
    action('Bjuda in Sociala ekonomins råd'),
  ];
  await value(backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { form: 'full', actions }) }));
  const next = await value<Meeting>(backend.invoke('createNextMeeting', { fromId: meeting.id, date: '2021-06-10' }));
  return { meeting, next };
}

describe('carry-over of open action items', () => {
  it('lists them in the notes of the next meeting’s item "Uppföljning av åtgärder": what, who, by when', async () => {
    await withBackend(async (backend) => {
      const { next } = await meetingWithOpenActions(backend);
      expect(next.agenda[0]).toMatchObject({ title: sv.meetings.followUpItem, notes: CARRIED.map((line) => `• ${line}`).join('\n') });
    });
  });

  it('puts them as a bullet list in that section of the next meeting’s new minutes', async () => {
    await withBackend(async (backend) => {
      const { next } = await meetingWithOpenActions(backend);
      const minutes = await value<Minutes>(backend.invoke('createMinutes', { meetingId: next.id, form: 'brief' }));
      const at = minutes.body.content.findIndex((block) => block.type === 'heading' && inlineText(block.content) === sv.meetings.followUpItem);
      expect(minutes.body.content[at + 1]).toEqual({
        type: 'bulletList',
        content: CARRIED.map((text) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })),
      });
    });
  });

  it('the kallelse has the letter with its fields filled, and the actions as a Word bullet list under the item', async () => {
    await withBackend(async (backend, saveTo) => {
      await value(backend.invoke('updateSettings', { secretaryName: 'Sekreterare Påhittad' }));
      const { next } = await meetingWithOpenActions(backend);
      const { id, agenda: _a, attendance: _at, guests: _g, createdAt: _c, updatedAt: _u, ...details } = next;
      await value(backend.invoke('saveMeeting', { id, meeting: { ...details, rsvpDate: '2021-06-01', refreshments: 'Lunch serveras från 12.00', digitalLink: 'https://möte.exempel.se/rös' } }));
      const path = saveTo('Kallelse RÖS-möte 2021-06-10.docx');
      expect(await value(backend.invoke('exportNotice', { meetingId: next.id }))).toEqual({ path });
      const { text, structure } = await readExportedDocx(path);
      expect(structure.problems).toEqual([]);
      for (const line of [
        'Härmed kallas du till RÖS-möte torsdag 10 juni 2021 kl. 10.00–15.00.', 'Plats: Viskadalens Folkhögskola', 'Lunch serveras från 12.00',
        'Meddela senast 1 juni 2021 om du kommer', 'ansluter via länken https://möte.exempel.se/rös', 'Med vänliga hälsningar', 'Sekreterare Påhittad',
      ]) expect(text).toContain(line);
      expect(text).not.toMatch(/[{}]/);
      expect(structure.listParagraphs).toEqual([
        { text: sv.meetings.followUpItem + ' (Diskussion, 10.00–10.15)', level: 0, bullet: false },
        ...CARRIED.map((line) => ({ text: line, level: 1, bullet: true })),
      ]);
      for (const line of CARRIED) expect(text).toContain(line);
    });
  });

  it('refreshes the list when "Uppföljning av åtgärder" is a standing item', async () => {
    await withBackend(async (backend) => {
      const { next } = await meetingWithOpenActions(backend);
      await value(backend.invoke('saveAgenda', { meetingId: next.id, agenda: [{ ...next.agenda[0]!, standing: true, notes: 'gammal lista' }] }));
      const later = await value<Meeting>(backend.invoke('createNextMeeting', { fromId: next.id, date: '2021-09-10' }));
      expect(later.agenda).toEqual([expect.objectContaining({ title: sv.meetings.followUpItem, notes: CARRIED.map((line) => `• ${line}`).join('\n') })]);
    });
  });
});
