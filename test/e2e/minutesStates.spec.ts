// The states the minutes page opens in: fastställda minutes are a calm read-only state (a note on how
// to unlock, no error), and Mötesläge knows the sections of the text from the moment it is turned on.
import { expect, test } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import { AUTOSAVE_DELAY_MS, MAX_WAIT_MS } from '../../renderer/components/useAutosave';
import { agendaItem, seedMeetings2024 } from '../support/meetingFixtures';
import { launchApp, type LaunchedApp } from './harness';
import { newDataDir, openSection, seeder } from './fixtures';

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
