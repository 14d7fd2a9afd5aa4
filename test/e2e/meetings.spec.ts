// Planning the year in the app: the web page's six 2024 meetings entered by hand give exactly the web
// page's text, a Word year plan and a calendar file; agenda, attendance, "Skapa nästa möte" and
// cancelling work as a secretary expects.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { sv } from '../../electron/shared/i18n/sv';
import type { Meeting, MeetingDetails } from '../../electron/shared/meetings/meeting';
import { docxToText } from '../support/libreoffice';
import { memberInput } from '../support/registerFixtures';
import { SEED_LINES_2024, seedMeetings2024 } from '../support/meetingFixtures';
import { launchApp, type LaunchedApp } from './harness';
import { newDataDir, openSection, readStore, savedPattern } from './fixtures';

const t = sv.meetings.ui;

async function enterMeeting(page: Page, meeting: MeetingDetails) {
  await page.getByRole('button', { name: t.newMeeting }).click();
  await page.getByLabel(t.date).fill(meeting.date!);
  await page.getByLabel(t.startTime).fill(meeting.startTime!);
  await page.getByLabel(t.endTime).fill(meeting.endTime!);
  await page.getByLabel(t.kind).fill(meeting.kind!);
  await page.getByLabel(t.titleSuffix).fill(meeting.titleSuffix ?? '');
  if (meeting.place?.type === 'venue') {
    await page.getByRole('radio', { name: t.placeKnown, exact: true }).check();
    await page.getByLabel(t.venue).fill(meeting.place.venue!);
    await page.getByLabel(t.address).fill(meeting.place.address ?? '');
  } else {
    await page.getByRole('radio', { name: t.placeToBeAnnounced, exact: true }).check();
  }
  await page.getByRole('button', { name: t.save }).click();
  await expect(page.getByRole('status').filter({ hasText: t.saved })).toBeVisible();
  // The form counts as unsaved until main has accepted it; leaving before that would ask first.
  await expect(page.getByRole('status').first()).toHaveText(savedPattern);
  await page.getByRole('button', { name: t.back }).click();
}

async function startWith2024(app: LaunchedApp) {
  await openSection(app.page, 'meetings');
  const heading = app.page.getByRole('heading', { level: 1 });
  for (let year = new Date().getFullYear(); year > 2024; year--) {
    await expect(heading).toHaveText(t.yearHeading(year));
    await app.page.getByRole('button', { name: t.previousYear }).click();
  }
  await expect(heading).toHaveText(t.yearHeading(2024));
}

test('the six 2024 meetings entered by hand give the web page’s text, a Word year plan and a calendar', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  await startWith2024(app);
  for (const meeting of seedMeetings2024) await enterMeeting(page, meeting);
  await expect(page.getByRole('list', { name: t.yearHeading(2024) }).getByRole('listitem')).toHaveCount(6);
  await expect(page.getByText('torsdag 13 juni 2024 kl. 10.00–15.00')).toBeVisible();

  await page.getByRole('button', { name: t.webText }).click();
  await expect(page.getByLabel(t.webTextLabel)).toHaveValue(SEED_LINES_2024.join('\n'));

  const out = dirname(dataDir);
  await app.backend.control({ type: 'answer', answers: { savePath: join(out, 'Möten 2024.docx') } });
  await page.getByRole('button', { name: t.exportYearPlanWord }).click();
  await expect(page.getByText(sv.exports.saved(join(out, 'Möten 2024.docx')))).toBeVisible();
  const plan = await docxToText(readFileSync(join(out, 'Möten 2024.docx')));
  expect(plan).toContain('fredag 29 november 2024 kl. 10.00–15.30');
  expect(plan).toContain('RÖS-möte + dialogmöte med Sociala ekonomins råd');

  await app.backend.control({ type: 'answer', answers: { savePath: join(out, 'Möten 2024.ics') } });
  await page.getByRole('button', { name: t.exportCalendar }).click();
  await expect(page.getByText(sv.exports.saved(join(out, 'Möten 2024.ics')))).toBeVisible();
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(out, 'Möten 2024.ics'), 'utf8')));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const starts = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e).startDate.toJSDate().toISOString()).sort();
  expect(starts[0]).toBe('2024-06-13T08:00:00.000Z');
  expect(starts[5]).toBe('2024-12-10T09:00:00.000Z');
  expect(app.networkRequests).toEqual([]);
  await app.close();
});

test('attendance: nobody is marked until the secretary marks them, and a mark can be taken away', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page, backend } = app;
  for (const name of ['Åsa Påhittad', 'Bengt Exempelsson']) {
    await backend.invoke('saveMember', { id: null, member: memberInput({ name, email: `${name.length}@example.se` }) });
  }
  await backend.invoke('saveMeeting', { id: null, meeting: seedMeetings2024[0] });
  await page.reload();
  await startWith2024(app);
  await page.getByRole('button', { name: 'RÖS-möte', exact: true }).click();

  const marks = sv.attendanceMarks;
  const attendanceOf = (name: string) => page.getByLabel(`${t.attendanceHeading}: ${name}`);
  const storedStates = () => (readStore(dataDir).meetings as Meeting[])[0]?.attendance.map((a) => a.state);
  await expect(attendanceOf('Åsa Påhittad').locator('option:checked')).toHaveText(marks.unmarked);
  await expect(page.getByText(`${t.attendanceCounts(0, 0, 0, 0, 0)}, ${marks.unmarkedCount(2)}`)).toBeVisible();
  // Marking one leaves the other unmarked, on screen and on disk.
  await attendanceOf('Åsa Påhittad').focus();
  await page.keyboard.press('a');
  await expect(attendanceOf('Bengt Exempelsson').locator('option:checked')).toHaveText(marks.unmarked);
  await expect(page.getByText(`${t.attendanceCounts(0, 0, 1, 0, 0)}, ${marks.unmarkedCount(1)}`)).toBeVisible();
  await expect.poll(storedStates).toEqual(['excused']);
  // Delete, or the choice "Ej markerad", takes a mark away again.
  await page.keyboard.press('Delete');
  await expect(attendanceOf('Åsa Påhittad').locator('option:checked')).toHaveText(marks.unmarked);
  await expect.poll(storedStates).toEqual([]);
  await attendanceOf('Bengt Exempelsson').selectOption({ label: sv.meetings.attendanceStates.present });
  await expect.poll(storedStates).toEqual(['present']);
  await attendanceOf('Bengt Exempelsson').selectOption({ label: marks.unmarked });
  await expect.poll(storedStates).toEqual([]);
  await expect(page.getByText(`${t.attendanceCounts(0, 0, 0, 0, 0)}, ${marks.unmarkedCount(2)}`)).toBeVisible();
  await app.close();
});

test('agenda, attendance, the next meeting and cancelling', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page, backend } = app;
  for (const name of ['Åsa Påhittad', 'Bengt Exempelsson']) {
    await backend.invoke('saveMember', { id: null, member: memberInput({ name, email: `${name.length}@example.se` }) });
  }
  await page.reload();
  await startWith2024(app);
  await enterMeeting(page, seedMeetings2024[0]!);
  await page.getByRole('button', { name: 'RÖS-möte', exact: true }).click();

  for (const [title, standing] of [['Mötet öppnas', true], ['Handlingsplanen', false], ['Övriga frågor', true]] as const) {
    await page.getByRole('button', { name: t.addItem }).click();
    await page.getByLabel(t.itemTitle, { exact: true }).fill(title);
    if (standing) await page.getByLabel(t.standing).check();
    await page.getByRole('button', { name: t.save }).last().click();
    await expect(page.getByRole('list', { name: t.agendaHeading }).getByText(title, { exact: true })).toBeVisible();
  }
  const items = page.getByRole('list', { name: t.agendaHeading }).getByRole('listitem');
  await expect(items).toHaveCount(3);
  await page.getByRole('button', { name: t.moveUp('Övriga frågor') }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(items.nth(1)).toContainText('Övriga frågor');
  await page.getByRole('button', { name: t.removeItem('Handlingsplanen') }).click();
  await expect(items).toHaveCount(2);
  await page.getByRole('button', { name: t.undo }).click();
  await expect(items).toHaveCount(3);
  await expect(items.nth(2)).toContainText('Handlingsplanen');

  await page.getByLabel(`${t.attendanceHeading}: Åsa Påhittad`).focus();
  await page.keyboard.press('a');
  await expect(page.getByLabel(`${t.attendanceHeading}: Åsa Påhittad`)).toBeFocused();
  await page.getByLabel(`${t.attendanceHeading}: Bengt Exempelsson`).focus();
  await page.keyboard.press('n');
  await page.getByLabel(t.guestName).fill('Gästa Gästsson');
  await page.getByLabel(t.guestOrganisation).fill('Påhittade förbundet');
  await page.getByRole('button', { name: t.addGuest }).click();
  await expect(page.getByText(t.attendanceCounts(1, 0, 1, 0, 1))).toBeVisible();
  await expect.poll(() => (readStore(dataDir).meetings as Array<{ guests: unknown[] }>)[0]?.guests.length).toBe(1);
  await app.close();

  const again = await launchApp({ dataDir });
  await startWith2024(again);
  await again.page.getByRole('button', { name: 'RÖS-möte', exact: true }).click();
  await expect(again.page.getByLabel(`${t.attendanceHeading}: Bengt Exempelsson`)).toHaveValue('present');
  await expect(again.page.getByLabel(`${t.attendanceHeading}: Åsa Påhittad`)).toHaveValue('excused');
  await expect(again.page.getByText(t.attendanceCounts(1, 0, 1, 0, 1))).toBeVisible();

  await again.page.getByRole('button', { name: t.createNext }).click();
  await again.page.getByRole('dialog').getByLabel(t.date).fill('2024-08-19');
  await again.page.getByRole('dialog').getByRole('button', { name: t.create }).click();
  await expect(again.page.getByRole('heading', { level: 1 })).toHaveText('RÖS-möte, måndag 19 augusti 2024 kl. 10.00–15.00');
  await expect(again.page.getByRole('heading', { level: 1 }), 'the new meeting’s heading takes the focus from the closed dialog').toBeFocused();
  const nextItems = again.page.getByRole('list', { name: t.agendaHeading }).getByRole('listitem');
  await expect(nextItems).toHaveCount(2);
  await expect(nextItems.nth(0)).toContainText('Mötet öppnas');
  await expect(nextItems.nth(1)).toContainText('Övriga frågor');

  await again.page.getByLabel(t.status).selectOption({ label: sv.meetings.statuses.cancelled });
  await again.page.getByRole('button', { name: t.save }).first().click();
  await expect(again.page.getByLabel(t.cancelReason)).toHaveAccessibleDescription(sv.meetings.fieldErrors.cancelReason);
  await again.page.getByLabel(t.cancelReason).fill('Krockar med regionfullmäktige');
  await again.page.getByRole('button', { name: t.save }).first().click();
  // "Mötet är sparat." is still shown from "Skapa nästa möte": the header's status is what tells that
  // this save is done (until then the form is unsaved, and leaving it would ask first).
  await expect(again.page.getByRole('status').first()).toHaveText(savedPattern);
  await expect(again.page.getByRole('status').filter({ hasText: t.saved })).toBeVisible();
  await again.page.getByRole('button', { name: t.back }).click();
  await expect(again.page.getByRole('list', { name: t.yearHeading(2024) }).getByRole('listitem')).toHaveCount(2);
  await expect(again.page.getByText(`${sv.meetings.statuses.cancelled}: Krockar med regionfullmäktige`)).toBeVisible();
  await again.close();
});
