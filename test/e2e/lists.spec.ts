// How counts and lists read, as a Swedish secretary expects: "1 gäst" but "2 gäster", members in order
// of efternamn wherever they are listed, the year chosen in Möten kept after a visit elsewhere, and an
// empty app that says how to plan the first meeting instead of "Alla möten har redan anteckningar".
import { expect, test, type Page } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import { seedMeetings2024 } from '../support/meetingFixtures';
import { memberInput } from '../support/registerFixtures';
import { launchApp } from './harness';
import { newDataDir, openSection, seeder } from './fixtures';

const t = sv.meetings.ui;
// Invented people, given so that first names and efternamn sort differently.
const MEMBERS = ['Bo Lind', 'Anna Lind', 'Cecilia Berg', 'Örjan Ahlström'];
const BY_EFTERNAMN = ['Örjan Ahlström', 'Cecilia Berg', 'Anna Lind', 'Bo Lind'];

async function showYear(page: Page, year: number) {
  const heading = page.getByRole('heading', { level: 1 });
  for (let i = 0; i < 5 && !(await heading.textContent())?.includes(String(year)); i++) {
    const shown = Number((await heading.textContent())?.match(/\d{4}/)?.[0]);
    await page.getByRole('button', { name: shown > year ? t.previousYear : t.nextYear }).click();
    await expect(heading).not.toHaveText(t.yearHeading(shown));
  }
  await expect(heading).toHaveText(t.yearHeading(year));
}

test('one guest is "1 gäst", members are in order of efternamn, and Möten keeps the chosen year', async () => {
  const app = await launchApp({ dataDir: newDataDir() });
  const { page } = app;
  const seed = seeder(app.backend);
  for (const name of MEMBERS) await seed('saveMember', { id: null, member: memberInput({ name, email: '' }) });
  const meeting = await seed('saveMeeting', { id: null, meeting: seedMeetings2024[0] });
  await seed('saveAttendance', { meetingId: meeting.id, attendance: [], guests: [{ id: crypto.randomUUID(), name: 'Gästa Gästsson', organisation: '' }] });

  await openSection(page, 'members');
  await expect(page.getByRole('rowheader')).toHaveText(BY_EFTERNAMN);

  await openSection(page, 'meetings');
  await showYear(page, 2024);
  await page.getByRole('list', { name: t.yearHeading(2024) }).getByRole('button', { name: 'RÖS-möte' }).click();
  // The count reads "…, 1 gäst", followed by how many are not marked yet.
  await expect(page.getByText(/, 1 gäst(,|$)/)).toBeVisible();
  const attendance = page.getByRole('region', { name: t.attendanceHeading });
  await expect(attendance.getByRole('rowheader')).toHaveText(BY_EFTERNAMN);

  await page.getByRole('button', { name: sv.minutes.ui.writeMinutes }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(sv.minutes.ui.heading(''));
  await openSection(page, 'meetings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.yearHeading(2024));
  await app.close();
});

test('with no meetings at all, new minutes say how to plan the first meeting', async () => {
  const app = await launchApp({ dataDir: newDataDir() });
  const { page } = app;
  await openSection(page, 'minutes');
  await expect(page.getByText(sv.minutes.ui.noMeetingsYet)).toBeVisible();
  await expect(page.getByText(sv.minutes.ui.noMeetingsWithout)).toHaveCount(0);
  await app.close();
});
