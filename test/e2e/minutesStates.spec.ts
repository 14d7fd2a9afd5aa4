// The states of the minutes page: fastställda minutes are a calm read-only state (a note on how to
// unlock, no error), Mötesläge knows the sections of the text from the moment it is turned on, and the
// title follows the form until the secretary edits it. Minutes whose text ends with a list open as they
// are: nothing is added to the text, so opening sends no save (fastställda minutes would refuse it).
import { expect, test } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import { heading, type BlockNode, type RichDoc } from '../../electron/shared/minutes/richText';
import { AUTOSAVE_DELAY_MS, MAX_WAIT_MS } from '../../renderer/components/useAutosave';
import { agendaItem, seedMeetings2024 } from '../support/meetingFixtures';
import type { RelayedCall } from '../support/workerTransport';
import { launchApp, type LaunchedApp } from './harness';
import { newDataDir, openSection, readStore, seeder } from './fixtures';

const t = sv.minutes.ui;

/** A meeting with these agenda items and its new kortfattade anteckningar (the items, then the three standing sections). */
async function minutesWithAgenda(app: LaunchedApp, titles: readonly string[]) {
  const seed = seeder(app.backend);
  const meeting = await seed('saveMeeting', { id: null, meeting: seedMeetings2024[0] });
  await seed('saveAgenda', { meetingId: meeting.id, agenda: titles.map((title) => agendaItem(title, false)) });
  return seed('createMinutes', { meetingId: meeting.id, form: 'brief' });
}

test('fastställda minutes open read-only with a note on how to unlock them, and no error', async () => {
  const app = await launchApp({ dataDir: newDataDir() });
  const { page } = app;
  const minutes = await minutesWithAgenda(app, ['Välkommen']);
  await seeder(app.backend)('setMinutesStatus', { id: minutes.id, status: 'approved' });
  // Time is the page's own, moved on by the test past every autosave's wait: a save sent on opening would be answered.
  await page.clock.install();
  await openSection(page, 'minutes');
  await page.getByRole('button', { name: /^Kortfattade anteckningar/ }).click();
  await expect(page.getByText(t.lockedNotice)).toBeVisible();
  await page.clock.runFor(AUTOSAVE_DELAY_MS + MAX_WAIT_MS);
  await expect(page.getByRole('status').first()).toHaveText(sv.saveStatus.idle);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Lås upp is the lifecycle menu's one action for fastställda minutes.
  await page.getByRole('button', { name: new RegExp(`^${t.lifecycle}:`) }).click();
  await expect(page.getByRole('button', { name: t.unlock })).toBeVisible();
  await app.close();
});

/** Minutes of a meeting whose text ends with a bullet list holding a misspelt word ("mötett"). */
async function minutesEndingInList(app: LaunchedApp): Promise<{ minutes: Minutes; body: RichDoc }> {
  const created = await minutesWithAgenda(app, ['Välkommen']);
  const list: BlockNode = { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ordföranden hälsade alla välkomna till mötett' }] }] }] };
  const body: RichDoc = { type: 'doc', content: [heading(crypto.randomUUID(), 'Välkommen'), list] };
  await seeder(app.backend)('saveMinutesContent', { id: created.id, content: { title: created.title, form: created.form, decisions: [], actions: [], body } });
  return { minutes: created, body };
}

/** Opens the minutes on a page whose time the test runs, until the spelling check has answered and every autosave's wait has passed. */
async function openUntilSpellingAnswered(app: LaunchedApp): Promise<void> {
  const { page } = app;
  const answered = () => page.evaluate(() => (window as unknown as { __rosCallLog: RelayedCall[] }).__rosCallLog.filter((c) => c.name === 'checkSpelling').length);
  await page.clock.install();
  await openSection(page, 'minutes');
  await page.getByRole('button', { name: /^Kortfattade anteckningar/ }).click();
  await expect(page.getByRole('textbox', { name: t.editorLabel })).toContainText('mötett');
  await page.clock.runFor(AUTOSAVE_DELAY_MS + MAX_WAIT_MS);
  // Whatever the editor does with the text when the answer comes is done in the task that takes it.
  await expect.poll(answered).toBeGreaterThan(0);
  await page.clock.runFor(AUTOSAVE_DELAY_MS + MAX_WAIT_MS);
}

test('a draft whose text ends with a list is not saved by opening it', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir, transport: 'worker' });
  const { body } = await minutesEndingInList(app);
  const stored = readStore(dataDir).minutes[0]!;
  await openUntilSpellingAnswered(app);
  await expect(app.page.getByRole('status').first()).toHaveText(sv.saveStatus.idle);
  const onDisk = readStore(dataDir).minutes[0]!;
  expect(onDisk.updatedAt).toBe(stored.updatedAt);
  expect(onDisk.body).toEqual(body);
  await app.close();
});

test('fastställda minutes whose text ends with a list open with no error', async () => {
  const app = await launchApp({ dataDir: newDataDir(), transport: 'worker' });
  const { minutes } = await minutesEndingInList(app);
  await seeder(app.backend)('setMinutesStatus', { id: minutes.id, status: 'approved' });
  await openUntilSpellingAnswered(app);
  await expect(app.page.getByText(t.lockedNotice)).toBeVisible();
  await expect(app.page.getByRole('status').first()).toHaveText(sv.saveStatus.idle);
  await expect(app.page.getByRole('alert')).toHaveCount(0);
  await app.close();
});

test('Mötesläge shows the section of the cursor among all sections as soon as it is turned on, and follows new ones', async () => {
  const app = await launchApp({ dataDir: newDataDir() });
  const { page } = app;
  await minutesWithAgenda(app, ['Välkommen', 'Aktuellt från regionen', 'Aktivitetsplan', 'Dialogmötet']);
  await openSection(page, 'minutes');
  await page.getByRole('button', { name: /^Kortfattade anteckningar/ }).click();
  await page.getByRole('button', { name: t.liveMode }).click();
  const bar = page.getByRole('region', { name: t.liveMode });
  await expect(bar).toContainText(t.livePosition(1, 7, 'Välkommen'));
  await bar.getByRole('button', { name: t.nextItem }).click();
  await expect(bar).toContainText(t.livePosition(2, 7, 'Aktuellt från regionen'));
  await page.getByRole('button', { name: t.newSection }).click();
  await expect(bar).toContainText(t.livePosition(3, 8, t.newSectionTitle));
  await expect(bar).not.toContainText(t.noSections);
  await app.close();
});

test('the title follows the form, from the template of each form, until the secretary edits it', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  await openSection(page, 'settings');
  await page.getByLabel(sv.settings.fullMinutesTitleTemplate).fill('Anteckningar från {möte} {datum}');
  await expect.poll(() => readStore(dataDir).settings.fullMinutesTitleTemplate).toBe('Anteckningar från {möte} {datum}');
  await minutesWithAgenda(app, ['Välkommen']);
  const stored = () => (readStore(dataDir).minutes as Minutes[]).map((m) => [m.form, m.title]);
  await openSection(page, 'minutes');
  await page.getByRole('button', { name: /^Kortfattade anteckningar/ }).click();
  const title = page.getByLabel(t.title);
  await expect(title).toHaveValue(/^Kortfattade anteckningar om vad som diskuterades .* 13 juni 2024$/);

  await page.getByRole('combobox', { name: t.form }).selectOption({ label: sv.minutes.forms.full });
  await expect(title).toHaveValue('Anteckningar från RÖS-möte 13 juni 2024');
  await expect.poll(stored).toEqual([['full', 'Anteckningar från RÖS-möte 13 juni 2024']]);

  await title.fill('Anteckningar från RÖS, juni');
  await page.getByRole('combobox', { name: t.form }).selectOption({ label: sv.minutes.forms.brief });
  await expect(title).toHaveValue('Anteckningar från RÖS, juni');
  await expect.poll(stored).toEqual([['brief', 'Anteckningar från RÖS, juni']]);
  await app.close();
});
