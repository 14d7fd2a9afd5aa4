// The version for the web through the screens: a rule set in Inställningar, a member marked
// "Publiceras inte på webben" in the register and a guest's mark in the attendance, the preview listing
// every change (with no serious or critical axe finding), one change undone by keyboard, and the saved
// .docx holding exactly what was kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import { paragraph } from '../../electron/shared/minutes/richText';
import { docxToText } from '../support/libreoffice';
import { agendaItem, seedMeetings2024 } from '../support/meetingFixtures';
import { memberInput, organisationInput } from '../support/registerFixtures';
import { launchApp } from './harness';
import { newDataDir, openSection, readStore, seeder } from './fixtures';

const w = sv.webVersion;

test('a rule set, a member marked not to be published, the preview with one change undone, and the saved .docx', async () => {
  // The .docx read back through LibreOffice: more than a screen's usual time on a busy machine.
  test.slow();
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  const seed = seeder(app.backend);
  const organisation = await seed('saveOrganisation', { id: null, organisation: organisationInput({ name: 'Påhittade förbundet' }) });
  const anna = await seed('saveMember', { id: null, member: memberInput({ name: 'Anna Ek', role: 'chair', side: 'civilSociety', party: '', organisationId: organisation.id }) });
  const orjan = await seed('saveMember', { id: null, member: memberInput({ name: 'Örjan Åkesson', party: 'Mittenpartiet' }) });
  const meeting = await seed('saveMeeting', { id: null, meeting: { ...seedMeetings2024[0], date: '2024-06-13' } });
  await seed('saveAgenda', { meetingId: meeting.id, agenda: [agendaItem('Information', false)] });
  await seed('saveAttendance', {
    meetingId: meeting.id,
    attendance: [anna, orjan].map((m) => ({ memberId: m.id, state: 'present', substituteForId: null })),
    guests: [{ id: crypto.randomUUID(), name: 'Lars Öst', organisation: 'Kommunförbundet Exempel', withheldFromWeb: true }],
  });
  const minutes = await seed('createMinutes', { meetingId: meeting.id, form: 'full' });
  const body = { ...minutes.body, content: [minutes.body.content[0]!, paragraph('Anna Ek hälsade välkommen och Örjan Åkesson tackade Lars Öst. Frågor till anna.ek@example.se.'), ...minutes.body.content.slice(1)] };
  await seed('saveMinutesContent', { id: minutes.id, content: { title: minutes.title, form: 'full', body, decisions: [], actions: [] } });

  // Inställningar: the attendance list with names.
  await openSection(page, 'settings');
  await page.getByRole('radio', { name: w.settings.attendanceOptions.names }).check();
  await expect.poll(() => readStore(dataDir).settings.webRules.attendance).toBe('names');

  // Ledamöter: Anna Ek is not to be published.
  await openSection(page, 'members');
  await page.getByRole('button', { name: 'Anna Ek' }).click();
  await page.getByRole('checkbox', { name: w.withheldMember }).check();
  await page.getByRole('button', { name: sv.register.ui.save }).click();
  await expect.poll(() => readStore(dataDir).members.find((m) => m.id === anna.id)?.withheldFromWeb).toBe(true);

  // The guest is marked not to be published from the start.
  await openSection(page, 'minutes');
  await page.getByRole('table', { name: sv.minutes.ui.tableLabel }).getByRole('button').click();
  await page.getByRole('button', { name: sv.minutes.ui.editAttendance }).click();
  await expect(page.getByRole('checkbox', { name: w.withheldGuest('Lars Öst') })).toBeChecked();

  await page.getByRole('button', { name: w.button }).click();
  const dialog = page.getByRole('dialog', { name: w.dialogTitle });
  const section = w.where.body('”Information”');
  const changes = dialog.getByRole('checkbox');
  await expect(changes).toHaveCount(5);
  for (const label of [
    w.keep(section, 'Anna Ek', 'Ordföranden'),
    w.keep(section, 'Lars Öst', 'en representant för Kommunförbundet Exempel'),
    w.keep(section, 'anna.ek@example.se', w.removedEmail),
    w.keep(w.where.attendance, 'Anna Ek (Påhittade förbundet)', 'Påhittade förbundet'),
    w.keep(w.where.guests, 'Lars Öst (Kommunförbundet Exempel)', 'Kommunförbundet Exempel'),
  ]) await expect(dialog.getByRole('checkbox', { name: label })).toBeChecked();
  await expect(dialog.getByText(w.changesLegend(5, 5))).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Keep the e-mail address: its checkbox reached and unticked by keyboard.
  const email = dialog.getByRole('checkbox', { name: w.keep(section, 'anna.ek@example.se', w.removedEmail) });
  await email.focus();
  await page.keyboard.press('Space');
  await expect(email).not.toBeChecked();
  await expect(dialog.getByText(w.changesLegend(4, 5))).toBeVisible();

  const wordFile = join(dataDir, '..', 'Fullständiga anteckningar RÖS 2024-06-13 (webben).docx');
  await app.backend.control({ type: 'answer', answers: { savePath: wordFile } });
  await dialog.getByRole('button', { name: w.saveWord }).click();
  await expect(page.getByText(w.saved)).toBeVisible();
  await expect(page.getByText(sv.exports.saved(wordFile))).toBeVisible();
  await expect(dialog).toBeHidden();

  const text = await docxToText(readFileSync(wordFile));
  expect(text).toContain('Ordföranden hälsade välkommen och Örjan Åkesson tackade en representant för Kommunförbundet Exempel. Frågor till anna.ek@example.se.');
  expect(text).toContain('Det civila samhället: Påhittade förbundet');
  expect(text).toContain('Örjan Åkesson (Mittenpartiet)');
  expect(text).not.toContain('Anna Ek');
  expect(text).not.toContain('Lars Öst');
  expect(app.networkRequests).toEqual([]);
  await app.close();
});
