// The states of the minutes page: fastställda minutes are a calm read-only state (a note on how to
// unlock, no error), Mötesläge knows the sections of the text from the moment it is turned on, and the
// title follows the form until the secretary edits it.
import { expect, test } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import { AUTOSAVE_DELAY_MS, MAX_WAIT_MS } from '../../renderer/components/useAutosave';
import { agendaItem, seedMeetings2024 } from '../support/meetingFixtures';
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
