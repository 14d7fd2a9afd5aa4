// Closing is the moment words get lost: the close handshake (played as main plays it), a reload or a
// closed page right after typing, a meeting edited and left at once, a form that cannot save itself,
// and a backend process that dies while the secretary writes.
import { expect, test, type Page } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import type { Meeting } from '../../electron/shared/meetings/meeting';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import { textBlocks } from '../../electron/shared/minutes/richText';
import { seedMeetings2024 } from '../support/meetingFixtures';
import { launchApp, type LaunchedApp } from './harness';
import { newDataDir, openSection, readStore, savedPattern, seeder } from './fixtures';

const t = sv.minutes.ui;
const year = new Date().getFullYear();

async function openNewMinutes(app: LaunchedApp): Promise<void> {
  await seeder(app.backend)('saveMeeting', { id: null, meeting: { ...seedMeetings2024[0], date: `${year}-06-13` } });
  await app.page.reload();
  await openSection(app.page, 'minutes');
  await app.page.getByRole('button', { name: t.create }).click();
  await expect(app.page.getByRole('heading', { level: 1 })).toContainText(t.heading(''));
}

const editor = (page: Page) => page.getByRole('textbox', { name: t.editorLabel });
const storedText = (dataDir: string) =>
  textBlocks((readStore(dataDir).minutes as Minutes[])[0]!.body).map((block) => block.text).join('\n');

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

test('the close request saves the text typed a moment before, and only then lets the window close', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  await openNewMinutes(app);
  await typeAtEnd(app.page, 'Sista meningen före stängning.');
  // Main asks at once (well within the autosave's wait): the answer comes when the text is on disk.
  expect(await app.requestClose()).toEqual({ ok: true });
  expect(storedText(dataDir)).toContain('Sista meningen före stängning.');
  await app.close();
});

test('when the disk is full the window stays open and says why, and closes once the text is saved', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  await openNewMinutes(app);
  await app.backend.control({ type: 'failAll', code: 'ENOSPC' });
  await typeAtEnd(app.page, 'Skrivet på full disk.');
  const refused = await app.requestClose();
  expect(refused).toMatchObject({ ok: false, message: expect.stringContaining(sv.fileErrors.ENOSPC) });
  await expect(app.page.getByText(sv.shutdown.closeRefused(refused!.ok ? '' : refused!.message))).toBeVisible();
  expect(storedText(dataDir)).not.toContain('Skrivet på full disk.');

  await app.backend.control({ type: 'heal' });
  await typeAtEnd(app.page, ' Och sedan lite till.');
  expect(await app.requestClose()).toEqual({ ok: true });
  expect(storedText(dataDir)).toContain('Skrivet på full disk. Och sedan lite till.');
  await app.close();
});

test('a reload or a closed page right after typing loses nothing', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  await openNewMinutes(app);
  await typeAtEnd(app.page, 'Skrivet före omladdning.');
  await app.page.reload();
  await expect.poll(() => storedText(dataDir)).toContain('Skrivet före omladdning.');
  await openSection(app.page, 'minutes');
  await app.page.getByRole('button', { name: new RegExp(`13 juni ${year}`) }).click();
  await expect(editor(app.page)).toContainText('Skrivet före omladdning.');

  await typeAtEnd(app.page, ' Skrivet före stängning.');
  await app.page.close({ runBeforeUnload: true });
  await expect.poll(() => storedText(dataDir)).toContain('Skrivet före stängning.');
  await app.close();
});

test('a meeting edited and left at once is saved, and the header never says nothing is unsaved meanwhile', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  const m = sv.meetings.ui;
  await seeder(app.backend)('saveMeeting', { id: null, meeting: { ...seedMeetings2024[0], date: `${year}-06-13` } });
  await page.reload();
  await page.getByRole('button', { name: 'RÖS-möte', exact: true }).click();
  await page.getByLabel(m.venue).fill('Folkets hus i Borås');
  await expect(page.getByRole('status').first()).not.toHaveText(sv.saveStatus.idle);
  await page.getByRole('button', { name: m.back }).click();
  await expect.poll(() => (readStore(dataDir).meetings as Meeting[])[0]!.place).toEqual({ type: 'venue', venue: 'Folkets hus i Borås', address: '' });
  await expect(page.getByRole('status').first()).toHaveText(savedPattern);
  await app.close();
});

test('a form that saves with its button keeps the window open, says which form, and asks before it is left', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  await openSection(app.page, 'members');
  await app.page.getByRole('button', { name: sv.register.ui.newMember }).click();
  await app.page.getByLabel(sv.register.memberFields.name).fill('Åsa Påhittad');
  await expect(app.page.getByRole('status').first()).toHaveText(sv.saveStatus.unsaved);
  const answer = await app.requestClose();
  expect(answer).toEqual({ ok: false, message: sv.shutdown.unsavedForm(sv.shutdown.formNames.member) });
  await expect(app.page.getByText(sv.shutdown.closeRefused(sv.shutdown.unsavedForm(sv.shutdown.formNames.member)))).toBeVisible();

  // Leaving the screen over it asks first; staying keeps what was typed.
  await openSection(app.page, 'meetings');
  const ask = app.page.getByRole('alertdialog', { name: sv.shutdown.leaveTitle });
  await expect(ask).toContainText(sv.shutdown.leaveText(sv.shutdown.formNames.member));
  await ask.getByRole('button', { name: sv.shutdown.stay }).click();
  await expect(app.page.getByLabel(sv.register.memberFields.name)).toHaveValue('Åsa Påhittad');
  await openSection(app.page, 'meetings');
  await ask.getByRole('button', { name: sv.shutdown.leaveWithoutSaving }).click();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(sv.meetings.ui.yearHeading(year));
  expect(await app.requestClose()).toEqual({ ok: true });
  await app.close();
});

test('when the backend process dies the app says so, starts a new one, and keeps every saved word', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  await openNewMinutes(app);
  await typeAtEnd(app.page, 'Sparat före kraschen.');
  await expect.poll(() => storedText(dataDir)).toContain('Sparat före kraschen.');

  await app.backend.crash();
  // The notice comes once a new backend process has started and opened the store: seconds on a busy
  // machine, more than expect's default 5 s with a second copy of the suite running beside this one.
  await expect(app.page.getByText(sv.errors.backendRestarted)).toBeVisible({ timeout: 30_000 });
  await typeAtEnd(app.page, ' Skrivet efter omstarten.');
  await expect.poll(() => storedText(dataDir)).toContain('Sparat före kraschen. Skrivet efter omstarten.');
  await expect(app.page.getByRole('status').first()).toHaveText(savedPattern);
  await app.close();
});
