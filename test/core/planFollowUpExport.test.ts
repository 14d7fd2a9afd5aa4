// The follow-up of an action plan exported to Word through the backend, read back as a person and a
// screen reader would: the letterhead, a heading per year and per focus area in order, the meetings,
// decisions and action items under the right ones, "nothing this year" for an empty area, header rows
// that repeat, and the file's title.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { EXAMPLE_ACTION_PLAN, type ActionPlan } from '../../electron/shared/actionPlans/actionPlan';
import { sv } from '../../electron/shared/i18n/sv';
import type { Meeting } from '../../electron/shared/meetings/meeting';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import { readExportedDocx } from '../support/exportedDocx';
import { agendaItem, seedMeetings2024 } from '../support/meetingFixtures';
import { contentOf } from '../support/minutesFixtures';
import { value, withBackend } from '../support/testBackend';

const t = sv.actionPlans.followUp;
const plan: ActionPlan = {
  id: randomUUID(), title: EXAMPLE_ACTION_PLAN.title, fromYear: EXAMPLE_ACTION_PLAN.fromYear, toYear: EXAMPLE_ACTION_PLAN.toYear,
  areas: EXAMPLE_ACTION_PLAN.areas.map((name) => ({ id: randomUUID(), name })),
};
const [health, studies] = plan.areas as [ActionPlan['areas'][number], ActionPlan['areas'][number]];

describe('the follow-up exported to Word', () => {
  it('has the letterhead, a heading per year and area in order, the tagged items under them, and no structural problems', async () => {
    await withBackend(async (backend, saveTo) => {
      await value(backend.invoke('updateSettings', { actionPlans: [plan] }));
      const meeting = await value<Meeting>(backend.invoke('saveMeeting', { id: null, meeting: { ...seedMeetings2024[0]!, date: '2021-04-28', status: 'held' } }));
      await value(backend.invoke('saveAgenda', { meetingId: meeting.id, agenda: [{ ...agendaItem('Pilotprojekt Nära vård', false), focusAreaIds: [health.id] }] }));
      const minutes = await value<Minutes>(backend.invoke('createMinutes', { meetingId: meeting.id, form: 'full' }));
      const sectionId = 'pilot';
      await value(backend.invoke('saveMinutesContent', {
        id: minutes.id,
        content: contentOf(minutes, {
          decisions: [{ id: randomUUID(), sectionId, text: 'Gruppen stödjer piloten i Angered', focusAreaIds: [health.id] }],
          actions: [
            { id: randomUUID(), sectionId, what: 'Bjuda in vårdcentralen', responsibleMemberId: null, responsibleText: 'Kim Påhittad', due: '2021-05-30', status: 'done', focusAreaIds: [health.id] },
            { id: randomUUID(), sectionId, what: 'Sammanställa läxhjälpen', responsibleMemberId: null, responsibleText: 'Kansliet', due: '', status: 'open', focusAreaIds: [studies.id] },
          ],
        }),
      }));

      const path = saveTo('Uppföljning.docx');
      expect(await backend.invoke('exportPlanFollowUp', { planId: plan.id })).toEqual({ ok: true, value: { path } });
      const { text, structure, bytes } = await readExportedDocx(path);
      expect(structure.problems).toEqual([]);
      expect(structure.title).toBe(t.documentProperty(plan.title));

      const headings = structure.headings.map((h) => `${h.level} ${h.text}`);
      expect(headings.slice(0, 2)).toEqual([`0 ${t.documentTitle}`, '1 2020']);
      const year2021 = headings.indexOf('1 2021');
      expect(headings.slice(year2021, year2021 + 6)).toEqual(['1 2021', `2 ${health.name}`, `3 ${t.discussed}`, `3 ${t.decisions}`, `3 ${t.done}`, `2 ${studies.name}`]);
      expect(headings.filter((h) => h.startsWith('2 '))).toHaveLength(3 * 6);

      const lines = text.split(/\r?\n/).map((l) => l.trim().replace(/^•\s*/, '')).filter(Boolean);
      expect(lines.slice(0, 3)).toEqual(['Överenskommelsen', 'mellan Västra Götalandsregionen och det civila samhället', t.documentTitle]);
      const from2021 = lines.slice(lines.indexOf('2021'), lines.indexOf('2022'));
      expect(from2021).toContain(t.meetingLine('28 april 2021', 'RÖS-möte', 'Pilotprojekt Nära vård'));
      expect(from2021).toContain(t.decisionLine('Gruppen stödjer piloten i Angered', '28 april 2021'));
      expect(from2021.indexOf('Bjuda in vårdcentralen')).toBeLessThan(from2021.indexOf(studies.name));
      expect(from2021.slice(from2021.indexOf(studies.name))).toEqual(expect.arrayContaining([t.open, 'Sammanställa läxhjälpen', 'Kansliet']));
      expect(from2021).toContain('30 maj 2021');
      const in2020 = lines.slice(lines.indexOf('2020'), lines.indexOf('2021'));
      expect(in2020.filter((l) => l === t.emptyArea(2020))).toHaveLength(6);

      const documentXml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
      expect(documentXml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    });
  });

  it('of a plan that is gone says so in Swedish and writes no file', async () => {
    await withBackend(async (backend, saveTo) => {
      const path = saveTo('Uppföljning.docx');
      const result = await backend.invoke('exportPlanFollowUp', { planId: randomUUID() });
      expect(result).toMatchObject({ ok: false, error: { message: sv.actionPlans.planNotFound } });
      expect(existsSync(path)).toBe(false);
      expect(await backend.invoke('getPlanFollowUp', { planId: randomUUID() })).toMatchObject({ ok: false, error: { message: sv.actionPlans.planNotFound } });
    });
  });
});
