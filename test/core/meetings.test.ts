// Planning the year's meetings through the backend: attendance that starts with nobody marked,
// the agenda kept in order, "Skapa nästa möte", cancelling, and the exports read back (the web page's
// text, the year plan and the notice in Word).
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../electron/shared/meetings/meeting';
import type { Member } from '../../electron/shared/register/member';
import { sv } from '../../electron/shared/i18n/sv';
import { readExportedDocx } from '../support/exportedDocx';
import { memberInput } from '../support/registerFixtures';
import { SEED_LINES_2024, agendaItem, seedMeetings2024 } from '../support/meetingFixtures';
import { value, withBackend } from '../support/testBackend';

describe('meetings', () => {
  it('are planned with nobody marked present or absent until the secretary marks them', async () => {
    await withBackend(async (backend) => {
      const member = await value<Member>(backend.invoke('saveMember', { id: null, member: memberInput() }));
      const meeting = await value<Meeting>(backend.invoke('saveMeeting', { id: null, meeting: seedMeetings2024[0] }));
      expect(meeting.attendance).toEqual([]);
      const marked = await value<Meeting>(backend.invoke('saveAttendance', {
        meetingId: meeting.id,
        attendance: [{ memberId: member.id, state: 'present', substituteForId: null }],
        guests: [{ id: crypto.randomUUID(), name: 'Gästa Gästsson', organisation: 'Påhittade förbundet' }],
      }));
      expect(marked.attendance[0]!.state).toBe('present');
      const [stored] = await value<Meeting[]>(backend.invoke('listMeetings', undefined));
      expect(stored!.guests[0]!.name).toBe('Gästa Gästsson');
    });
  });

  it('refuse a meeting that ends after midnight, in Swedish at the field', async () => {
    await withBackend(async (backend) => {
      const result = await backend.invoke('saveMeeting', { id: null, meeting: { ...seedMeetings2024[0], startTime: '20:00', endTime: '00:30' } });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(!result.ok && result.error.message).toContain(sv.meetings.fieldErrors.endBeforeStart);
    });
  });

  it('"Skapa nästa möte" carries over kind, times, place and the standing agenda items', async () => {
    await withBackend(async (backend) => {
      const first = await value<Meeting>(backend.invoke('saveMeeting', { id: null, meeting: seedMeetings2024[1] }));
      await value(backend.invoke('saveAgenda', { meetingId: first.id, agenda: [agendaItem('Mötet öppnas', true, 5), agendaItem('IOP-riktlinjen', false), agendaItem('Övriga frågor', true, 10)] }));
      const next = await value<Meeting>(backend.invoke('createNextMeeting', { fromId: first.id, date: '2024-09-18' }));
      expect(next).toMatchObject({ date: '2024-09-18', kind: 'RÖS-möte', startTime: '10:00', endTime: '15:30', place: { type: 'venue', venue: 'Regionens hus' }, status: 'planned' });
      expect(next.agenda.map((item) => item.title)).toEqual(['Mötet öppnas', 'Övriga frågor']);
      expect(next.agenda[0]!.id).not.toBe(first.agenda?.[0]?.id);
    });
  });

  it('the six 2024 meetings give the web page’s text, and a cancelled one stays in the plan', async () => {
    await withBackend(async (backend) => {
      for (const meeting of [...seedMeetings2024].reverse()) await value(backend.invoke('saveMeeting', { id: null, meeting }));
      expect(await value(backend.invoke('exportYearPlan', { year: 2024, format: 'text' }))).toEqual({ path: null, text: SEED_LINES_2024.join('\n') });
      const meetings = await value<Meeting[]>(backend.invoke('listMeetings', undefined));
      const october = meetings.find((m) => m.date === '2024-10-25')!;
      const { id: _id, agenda: _a, attendance: _at, guests: _g, createdAt: _c, updatedAt: _u, ...details } = october;
      await value(backend.invoke('saveMeeting', { id: october.id, meeting: { ...details, status: 'cancelled', cancelReason: 'För få anmälda' } }));
      const { text } = await value<{ text: string }>(backend.invoke('exportYearPlan', { year: 2024, format: 'text' }));
      expect(text.split('\n')[3]).toBe('25 oktober 10-15, RÖS-möte, återkommer om plats, inställt');
    });
  });

  it('export the year plan and a notice to Word, read back through LibreOffice with a sound structure', async () => {
    await withBackend(async (backend, saveTo) => {
      const chair = await value<{ id: string }>(backend.invoke('saveMember', { id: null, member: memberInput({ name: 'Åsa Ordförande' }) }));
      for (const meeting of seedMeetings2024) await value(backend.invoke('saveMeeting', { id: null, meeting: { ...meeting, digitalLink: 'https://möte.exempel.se/rös?rum=1&a=å' } }));
      const plan = saveTo('Möten 2024.docx');
      await value(backend.invoke('exportYearPlan', { year: 2024, format: 'docx' }));

      const [june] = await value<Meeting[]>(backend.invoke('listMeetings', undefined));
      await value(backend.invoke('saveAgenda', {
        meetingId: june!.id,
        agenda: [agendaItem('Mötet öppnas', true, 15), { ...agendaItem('Handlingsplanen', false, 45), presenterMemberId: chair.id }],
      }));
      const notice = saveTo('Kallelse RÖS-möte 2024-06-13.docx');
      expect(await value(backend.invoke('exportNotice', { meetingId: june!.id }))).toEqual({ path: notice });
      // Both read back in one LibreOffice run.
      const [{ text: planText, structure: planStructure }, { text: noticeText, structure: noticeStructure }] = await Promise.all([
        readExportedDocx(plan),
        readExportedDocx(notice),
      ]);
      expect(planStructure.problems).toEqual([]);
      expect(planText).toContain(sv.meetings.documents.yearPlanTitle(2024));
      expect(planText).toContain('torsdag 13 juni 2024 kl. 10.00–15.00');
      expect(planText).toContain('återkommer om plats');
      expect(noticeStructure.problems).toEqual([]);
      expect(noticeStructure.headings.map((h) => h.level)).toEqual([0, 1]);
      expect(noticeText).toContain('Kallelse till RÖS-möte');
      expect(noticeText).toContain('torsdag 13 juni 2024 kl. 10.00–15.00');
      expect(noticeText).toContain('Viskadalens Folkhögskola');
      expect(noticeText).toContain('https://möte.exempel.se/rös?rum=1&a=å');
      expect(noticeText).toMatch(/1\.\s+Mötet öppnas \(Diskussion, Ordföranden, 10\.00–10\.15\)/);
      expect(noticeText).toMatch(/2\.\s+Handlingsplanen \(Diskussion, Åsa Ordförande, 10\.15–11\.00\)/);
    });
  });
});
