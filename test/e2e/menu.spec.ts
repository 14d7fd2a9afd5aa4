// The application menu as the window receives it: Om shows the version and the data file, Inställningar
// and Sök open their screens, Nytt möte, Nya anteckningar and Exportera arkiv open the screen that does
// it and do it there, and the minutes' commands (Word, PDF, Mötesläge) act on the open minutes or, with
// none open, say where to go.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import { agendaItem, seedMeetings2024 } from '../support/meetingFixtures';
import { launchApp } from './harness';
import { dataFile, newDataDir, openSection } from './fixtures';

test('menu commands reach the screen they belong to', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await app.menu('exportWord');
  await expect(page.getByRole('status').filter({ hasText: sv.menu.openMinutesFirst })).toBeVisible();

  await app.menu('about');
  const about = page.getByRole('dialog', { name: sv.menu.about });
  await expect(about).toContainText(sv.menu.aboutText('0.1.0').slice(0, 12));
  await expect(about).toContainText(dataFile(dataDir));
  await about.getByRole('button', { name: sv.menu.close }).click();
  await expect(about).toBeHidden();

  await app.menu('settings');
  await expect(page.getByRole('heading', { level: 1, name: sv.settings.title })).toBeVisible();
  await app.menu('search');
  await expect(page.getByRole('searchbox', { name: sv.minutes.ui.searchAll })).toBeFocused();
  await app.menu('newMeeting');
  await expect(page.getByLabel(sv.meetings.ui.date)).toBeVisible();
  await app.menu('newMinutes');
  await expect(page.getByRole('heading', { level: 2, name: sv.minutes.ui.newHeading })).toBeFocused();
  const zip = join(dataDir, '..', 'Arkiv från menyn.zip');
  await app.backend.control({ type: 'answer', answers: { savePath: zip } });
  await app.menu('exportArchive');
  await expect(page.getByText(sv.exports.saved(zip))).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: sv.settings.title })).toBeVisible();
  await app.menu('importArchive');
  await expect(page.getByRole('dialog', { name: sv.archive.importHeading })).toBeVisible();
  await page.keyboard.press('Escape');

  const meeting = (await app.backend.invoke('saveMeeting', { id: null, meeting: { ...seedMeetings2024[0], date: '2021-04-28' } })) as { value: { id: string } };
  await app.backend.invoke('saveAgenda', { meetingId: meeting.value.id, agenda: [agendaItem('Aktuella samarbeten', false)] });
  await page.reload(); // the screens load what was saved behind their back
  await openSection(page, 'minutes');
  await page.getByRole('button', { name: sv.minutes.ui.create }).click();
  await page.getByRole('textbox', { name: sv.minutes.ui.editorLabel }).waitFor();
  await app.menu('liveMode');
  await expect(page.getByRole('button', { name: sv.minutes.ui.leaveLiveMode })).toHaveAttribute('aria-pressed', 'true');
  const wordFile = join(dataDir, '..', 'Från menyn.docx');
  await app.backend.control({ type: 'answer', answers: { savePath: wordFile } });
  await app.menu('exportWord');
  await expect(page.getByText(sv.exports.saved(wordFile))).toBeVisible();
  await app.menu('newMinutes');
  await expect(page.getByRole('heading', { level: 2, name: sv.minutes.ui.newHeading })).toBeFocused();
  await expect(page.getByRole('textbox', { name: sv.minutes.ui.editorLabel })).toBeHidden();
  expect(existsSync(wordFile) && existsSync(zip)).toBe(true);
  await app.close();
});
