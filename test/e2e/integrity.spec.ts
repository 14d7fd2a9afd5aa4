// Deleting what other records name, as the secretary does it: a member who chaired a meeting is removed
// from the register, and the meeting still names them (marked as a former member) and saves for real;
// a meeting with minutes is removed, and the dialog says so and offers to keep or delete the minutes.
import { expect, test } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import type { Meeting } from '../../electron/shared/meetings/meeting';
import type { Member } from '../../electron/shared/register/member';
import { seedMeetings2024 } from '../support/meetingFixtures';
import { memberInput } from '../support/registerFixtures';
import { launchApp } from './harness';
import { newDataDir, openSection, savedPattern, seeder } from './fixtures';

const t = sv.meetings.ui;
const ui = sv.register.ui;
const year = new Date().getFullYear();
const meetingThisYear = { ...seedMeetings2024[0]!, date: `${year}-06-13` };

test('a deleted chair stays on the meeting as a former member, and Spara on it really saves', async () => {
  const app = await launchApp({ dataDir: newDataDir() });
  const { page } = app;
  const call = seeder(app.backend);
  const anna = await call('saveMember', { id: null, member: memberInput({ name: 'Anna Andersson', email: 'anna.andersson@example.se', phone: '0701111111' }) }) as Member;
  await call('saveMember', { id: null, member: memberInput({ name: 'Bertil Berg', email: 'bertil.berg@example.se', phone: '0702222222' }) });
  await call('saveMeeting', { id: null, meeting: { ...meetingThisYear, chairId: anna.id } });
  await page.reload(); // the screens load what was seeded behind their back

  await openSection(page, 'members');
  await page.getByRole('button', { name: 'Anna Andersson' }).click();
  await page.getByRole('button', { name: ui.delete }).click();
  await expect(page.getByRole('alertdialog')).toContainText(ui.deleteMemberConfirm('Anna Andersson'));
  await page.getByRole('alertdialog').getByRole('button', { name: ui.deleteConfirmTitle, exact: true }).click();
  await expect(page.getByRole('button', { name: 'Anna Andersson' })).toHaveCount(0);

  await openSection(page, 'meetings');
  await page.getByRole('button', { name: 'RÖS-möte', exact: true }).click();
  const chair = page.getByLabel(t.chair);
  await expect(chair.locator('option:checked')).toHaveText('Anna Andersson (tidigare ledamot)');
  await page.getByLabel(t.titleSuffix).fill('med ny dagordning');
  await page.getByRole('button', { name: t.save }).click();
  await expect(page.getByRole('status').filter({ hasText: t.saved })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('status').first()).toHaveText(savedPattern);

  // Adding a guest, which saves the attendance as the screen sends it, works too.
  await page.getByLabel(t.guestName).fill('Gästa Gästsson');
  await page.getByRole('button', { name: t.addGuest }).click();
  await expect(page.getByRole('button', { name: t.removeGuest('Gästa Gästsson') })).toBeVisible();
  await expect(page.getByRole('status').first()).toHaveText(savedPattern);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.reload();
  await openSection(page, 'meetings');
  await page.getByRole('button', { name: 'RÖS-möte med ny dagordning', exact: true }).click();
  await expect(page.getByLabel(t.titleSuffix)).toHaveValue('med ny dagordning');
  await expect(page.getByLabel(t.chair).locator('option:checked')).toHaveText('Anna Andersson (tidigare ledamot)');
  await expect(page.getByRole('button', { name: t.removeGuest('Gästa Gästsson') })).toBeVisible();
  const [stored] = await call('listMeetings', undefined) as Meeting[];
  expect(stored).toMatchObject({ titleSuffix: 'med ny dagordning', chairId: anna.id, guests: [{ name: 'Gästa Gästsson' }] });
  expect(app.networkRequests).toEqual([]);
  await app.close();
});

test('deleting a meeting with minutes says so and offers to keep them or delete them; kept minutes still open', async () => {
  const app = await launchApp({ dataDir: newDataDir() });
  const { page } = app;
  const call = seeder(app.backend);
  const meeting = await call('saveMeeting', { id: null, meeting: meetingThisYear }) as Meeting;
  await call('createMinutes', { meetingId: meeting.id, form: 'brief' });
  await page.reload();

  await openSection(page, 'meetings');
  await page.getByRole('button', { name: 'RÖS-möte', exact: true }).click();
  await page.getByRole('button', { name: t.remove }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText(t.removeConfirmWithMinutes('RÖS-möte'));
  await expect(dialog.getByRole('button', { name: t.removeWithMinutes })).toBeVisible();
  await dialog.getByRole('button', { name: t.removeAndKeepMinutes }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.yearHeading(year));
  await expect(page.getByRole('button', { name: 'RÖS-möte', exact: true })).toHaveCount(0);

  await page.reload();
  await openSection(page, 'minutes');
  await page.getByRole('table', { name: sv.minutes.ui.tableLabel }).getByRole('button').click();
  await expect(page.getByText(sv.integrity.formerMeeting)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('RÖS-möte');
  expect(app.networkRequests).toEqual([]);
  await app.close();
});
