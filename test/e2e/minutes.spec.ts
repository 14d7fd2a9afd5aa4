// Writing minutes in the app: the seed minutes re-typed from a meeting (sections, bullets, two links)
// and exported to Word from the editor,
// every word found after the page and the bridge are killed once the header says Sparat, a full disk while typing,
// search from anywhere that knows å from a, and fastställda minutes that refuse edits until unlocked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import { paragraph, textBlocks, wordCount } from '../../electron/shared/minutes/richText';
import { docxToText } from '../support/libreoffice';
import { agendaItem, seedMeetings2024 } from '../support/meetingFixtures';
import { SEED_MINUTES } from '../support/minutesFixtures';
import { memberInput } from '../support/registerFixtures';
import { launchApp, type LaunchedApp } from './harness';
import { newDataDir, openSection, readStore, savedPattern } from './fixtures';

const t = sv.minutes.ui;

/** A meeting on 28 april 2021 with the seed's agenda, made through the same API the screens use; its id. */
async function seedMeeting(app: LaunchedApp): Promise<string> {
  const saved = await app.backend.invoke('saveMeeting', { id: null, meeting: { ...seedMeetings2024[0], date: '2021-04-28' } }) as { ok: true; value: { id: string } };
  await app.backend.invoke('saveAgenda', { meetingId: saved.value.id, agenda: SEED_MINUTES.slice(0, 2).map((s) => agendaItem(s.title, false)) });
  return saved.value.id;
}

async function createMinutes(page: Page) {
  await openSection(page, 'minutes');
  await page.getByRole('button', { name: t.create }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(t.heading(''));
}

const editor = (page: Page) => page.getByRole('textbox', { name: t.editorLabel });
const storedMinutes = (dataDir: string) => (readStore(dataDir).minutes as Minutes[])[0]!;
const storedText = (dataDir: string) => textBlocks(storedMinutes(dataDir).body).map((b) => b.text).join('\n');

/**
 * Clicks at the end of a section heading and writes the section with the keyboard: every key that
 * shapes the text (Enter, "- " that starts a bullet list, the link button) is pressed, and each
 * paragraph's or bullet's words arrive as one text input (as from an input method). Typing 600
 * characters key by key cost three browser round trips each and ran this test past its time on a
 * busy machine; key-by-key typing is what the test after it and keyboard.spec.ts do.
 */
async function typeSection(page: Page, index: number) {
  const section = SEED_MINUTES[index]!;
  await editor(page).getByRole('heading', { name: section.title }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowDown');
  for (const paragraph of section.paragraphs) {
    await page.keyboard.insertText(paragraph);
    await page.keyboard.press('Enter');
  }
  if (section.bullets.length) {
    await page.keyboard.type('- ');
    for (const [i, bullet] of section.bullets.entries()) {
      await page.keyboard.insertText(bullet);
      if (i === section.bullets.length - 1 && section.link) {
        await page.getByRole('button', { name: t.link, exact: true }).click();
        await page.getByLabel(t.linkAddress).fill(section.link.href);
        await page.getByLabel(t.linkText).fill(section.link.text);
        await page.getByRole('button', { name: t.insertLink }).click();
      }
      await page.keyboard.press('Enter');
    }
    await page.keyboard.press('Enter');
  }
  if (section.after) await page.keyboard.insertText(section.after);
}

test('the seed minutes re-typed from a meeting are stored with their sections, bullets and links', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  await seedMeeting(app);
  await createMinutes(page);
  await expect(page.getByLabel(t.title)).toHaveValue(/sammanträde med den regionala överenskommelsegruppen för samverkan med det civila samhället 28 april 2021$/);
  await expect(editor(page).getByRole('heading', { level: 2 })).toHaveText([SEED_MINUTES[0]!.title, SEED_MINUTES[1]!.title, 'Informationspunkter', 'Övriga frågor', 'Nästa möte']);

  for (const index of [0, 1, 2]) await typeSection(page, index);

  // The link is the last thing typed: once it is on disk, so is everything before it.
  await expect.poll(() => JSON.stringify(storedMinutes(dataDir).body), { timeout: 3000 }).toContain('"href":"https://www.vgregion.se/suicidprevention"');
  const body = storedMinutes(dataDir).body;
  for (const section of SEED_MINUTES) {
    for (const text of [...section.paragraphs, ...section.bullets.map((b) => b.trim()), section.after ?? '']) expect(storedText(dataDir)).toContain(text.trim());
  }
  const json = JSON.stringify(body);
  expect(json).toContain('"href":"https://www.vgregion.se/"');
  expect(json).toContain('"href":"https://www.vgregion.se/suicidprevention"');
  expect(body.content.filter((b) => b.type === 'bulletList')).toHaveLength(2);
  await expect(page.getByText(t.wordCount(wordCount(body)), { exact: true })).toBeVisible();
  await expect(page.getByRole('status').first()).toHaveText(savedPattern);

  const wordFile = join(dataDir, '..', 'Kortfattade anteckningar RÖS 2021-04-28.docx');
  await app.backend.control({ type: 'answer', answers: { savePath: wordFile } });
  await page.getByRole('button', { name: t.exportWord }).click();
  await expect(page.getByText(sv.exports.saved(wordFile))).toBeVisible();
  const exported = await docxToText(readFileSync(wordFile));
  for (const section of SEED_MINUTES) expect(exported).toContain(section.title);
  expect(exported).toContain(`${SEED_MINUTES[2]!.bullets[1]}${SEED_MINUTES[2]!.link!.text}`);
  await page.getByRole('button', { name: sv.exports.openFile }).click();
  await expect.poll(() => app.backend.control({ type: 'opened' })).toEqual([`path:${wordFile}`]);

  await page.getByRole('button', { name: t.link, exact: true }).click();
  await page.getByLabel(t.linkAddress).fill('javascript:alert(1)');
  await page.getByRole('button', { name: t.insertLink }).click();
  await expect(page.getByLabel(t.linkAddress)).toHaveAccessibleDescription(t.linkRefused);
  await page.getByRole('button', { name: t.cancel }).click();
  expect(app.networkRequests).toEqual([]);
  await app.close();
});

test('full minutes of a meeting where nobody is marked say so before and at export, until someone is marked', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  const marks = sv.attendanceMarks;
  await app.backend.invoke('saveMember', { id: null, member: memberInput({ name: 'Åsa Påhittad' }) });
  const meetingId = await seedMeeting(app);
  await app.backend.invoke('createMinutes', { meetingId, form: 'full' });
  await openSection(page, 'minutes');
  await page.getByRole('table', { name: t.tableLabel }).getByRole('button').click();
  await expect(page.getByText(marks.noneMarked)).toBeVisible();

  const wordFile = join(dataDir, '..', 'Fullständiga anteckningar RÖS 2021-04-28.docx');
  await app.backend.control({ type: 'answer', answers: { savePath: wordFile } });
  await page.getByRole('button', { name: t.exportWord }).click();
  await expect(page.getByText(sv.exports.saved(wordFile))).toBeVisible();
  await expect(page.getByText(marks.exportedWithoutAttendance)).toBeVisible();

  await page.getByRole('button', { name: t.editAttendance }).click();
  await page.getByLabel(`${sv.meetings.ui.attendanceHeading}: Åsa Påhittad`).selectOption({ label: sv.meetings.attendanceStates.present });
  await expect(page.getByText(marks.exportedWithoutAttendance)).toBeHidden();
  await expect(page.getByText(marks.noneMarked)).toBeHidden();
  await app.close();
});

test('every word typed is there after the page and the bridge are killed as soon as the header says Sparat', async () => {
  const dataDir = newDataDir();
  const first = await launchApp({ dataDir });
  await seedMeeting(first);
  await createMinutes(first.page);
  await editor(first.page).getByRole('heading', { name: 'Övriga frågor' }).click();
  await first.page.keyboard.press('End');
  await first.page.keyboard.press('ArrowDown');
  const words = 'Frågan om lokaler för nätverksmötet i Vänersborg togs upp och ska beredas till nästa möte';
  await first.page.keyboard.type(words, { delay: 15 });
  // The header says "Osparade ändringar" from the last key until the save that holds it is answered.
  await expect(first.page.getByRole('status').first()).toHaveText(savedPattern);
  await first.close();

  const again = await launchApp({ dataDir });
  await openSection(again.page, 'minutes');
  await again.page.getByRole('button', { name: /^Kortfattade anteckningar/ }).click();
  await expect(editor(again.page)).toContainText(words);
  await again.close();
});

test('a full disk while typing keeps the text, says so in Swedish, and the next successful save writes it all', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  await seedMeeting(app);
  await createMinutes(page);
  await editor(page).getByRole('heading', { name: 'Övriga frågor' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowDown');
  await app.backend.control({ type: 'failAll', code: 'ENOSPC' });
  await page.keyboard.type('Skrivet när disken var full.');
  await expect(page.getByRole('status').first()).toHaveText(sv.saveStatus.failed(sv.fileErrors.ENOSPC));
  await expect(editor(page)).toContainText('Skrivet när disken var full.');
  expect(storedText(dataDir)).not.toContain('Skrivet');
  await app.backend.control({ type: 'heal' });
  await expect.poll(() => storedText(dataDir), { timeout: 8000 }).toContain('Skrivet när disken var full.');
  await expect(page.getByRole('status').first()).toHaveText(savedPattern);
  await app.close();
});

test('Ctrl+K searches all minutes from anywhere; a hit opens the minutes at its place; å is not a', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  await seedMeeting(app);
  await createMinutes(page);
  await typeSection(page, 0);
  await expect.poll(() => storedText(dataDir), { timeout: 3000 }).toContain('Nära vård');
  await openSection(page, 'members');
  await page.keyboard.press('Control+k');
  const search = page.getByRole('searchbox', { name: t.searchAll });
  await expect(search).toBeFocused();
  await search.fill('Nara vard');
  await expect(page.getByText(t.noHits)).toBeVisible();
  await search.fill('nära vård');
  await expect(page.getByText(t.searchResults(1))).toBeVisible();
  await expect(page.getByText('Pilotprojekt Nära vård.')).toBeVisible();
  await page.getByRole('button', { name: `28 april 2021, ${SEED_MINUTES[0]!.title}` }).click();
  await expect(editor(page)).toBeFocused();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('Nära vård');
  await app.close();
});

/** Minutes of a meeting on `date` with the standing sections and `paragraphs` after them, made through the API. */
async function minutesWith(app: LaunchedApp, date: string, paragraphs: string[]): Promise<void> {
  const meeting = await app.backend.invoke('saveMeeting', { id: null, meeting: { ...seedMeetings2024[0], date } }) as { ok: true; value: { id: string } };
  const created = await app.backend.invoke('createMinutes', { meetingId: meeting.value.id, form: 'brief' }) as { ok: true; value: Minutes };
  const { id, title, form, body } = created.value;
  const content = { title, form, decisions: [], actions: [], body: { type: 'doc', content: [...body.content, ...paragraphs.map((text) => paragraph(text))] } };
  expect(await app.backend.invoke('saveMinutesContent', { id, content })).toMatchObject({ ok: true });
}

test('the search finds the start of a word as it is typed, the best minutes first, and a hit opens on that word', async () => {
  const app = await launchApp({ dataDir: newDataDir() });
  const { page } = app;
  await minutesWith(app, '2023-02-01', ['Överenskommelsen nämndes kort bland mycket annat som togs upp under dagen och som inte hör hit.']);
  await minutesWith(app, '2021-04-28', ['Överenskommelsegruppen träffades.', 'Vi läste överenskommelsen.']);
  await openSection(page, 'minutes');
  await page.getByRole('searchbox', { name: t.searchAll }).pressSequentially('överensk');
  const hits = page.getByRole('list', { name: t.searchResults(3) }).getByRole('listitem');
  await expect(hits).toHaveCount(3);
  // The older minutes are more about the word than the newer ones, which mention it once in passing.
  await expect(hits.getByRole('paragraph')).toHaveText(['Överenskommelsegruppen träffades.', 'Vi läste överenskommelsen.', /^Överenskommelsen nämndes kort/]);
  await hits.nth(1).getByRole('button', { name: /^28 april 2021/ }).click();
  await expect(editor(page)).toBeFocused();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('överenskommelsen');
  await app.close();
});

test('fastställda minutes refuse edits until unlocked with a reason, which the history shows', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  await seedMeeting(app);
  await createMinutes(page);
  await editor(page).getByRole('heading', { name: 'Nästa möte' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Control+.');
  await page.getByRole('option', { name: /^Nästa möte äger rum/ }).click();
  await expect(editor(page)).toContainText('Nästa möte äger rum …');
  await page.getByRole('button', { name: new RegExp(`^${t.lifecycle}:`) }).click();
  await page.getByRole('button', { name: t.approve }).click();
  await expect(page.getByText(t.lockedNotice)).toBeVisible();
  await editor(page).click();
  await page.keyboard.type('Ska inte synas');
  await expect(editor(page)).not.toContainText('Ska inte synas');
  expect(storedMinutes(dataDir).status).toBe('approved');

  await page.getByRole('button', { name: new RegExp(`^${t.lifecycle}:`) }).click();
  await page.getByRole('button', { name: t.unlock }).click();
  await page.getByRole('dialog').getByRole('button', { name: t.unlock }).click();
  await expect(page.getByLabel(t.unlockReason)).toHaveAccessibleDescription(new RegExp(sv.errors.fields.required));
  await page.getByLabel(t.unlockReason).fill('Rättelse av datum');
  await page.getByRole('dialog').getByRole('button', { name: t.unlock }).click();
  await expect(page.getByText(t.lockedNotice)).toBeHidden();
  await page.getByText(t.history).click();
  await expect(page.getByRole('list', { name: t.history })).toContainText('Låste upp (Rättelse av datum)');
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Nu går det.');
  await expect.poll(() => storedText(dataDir), { timeout: 3000 }).toContain('Nu går det.');
  await app.close();
});
