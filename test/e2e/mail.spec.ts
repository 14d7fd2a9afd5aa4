// "Skicka kallelse …" from a meeting: the secretary picks the recipients (a group, then one unticked),
// sees who is left out for want of an address, keeps Bcc, edits the subject and creates the draft. The
// .eml the mail program is asked to open reads back as an unsent message to the chosen member in Bcc,
// with the kallelse attached as the Word file. Nothing chosen is refused in Swedish, with the dialog kept.
// "Skicka anteckningar …" offers those present at the meeting, with the subject from the template as
// edited in Inställningar.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { simpleParser, type AddressObject } from 'mailparser';
import { sv } from '../../electron/shared/i18n/sv';
import { seedMeetings2024 } from '../support/meetingFixtures';
import { memberInput } from '../support/registerFixtures';
import { launchApp } from './harness';
import { newDataDir, openSection, savedPattern, seeder } from './fixtures';

const t = sv.mail;

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  [field ?? []].flat().flatMap((group) => group.value.map((a) => `${a.name} <${a.address}>`));

/** The app with the secretary's name set and two members with addresses, one on each side. */
async function appWithTwoMembers() {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const seed = seeder(app.backend);
  await seed('updateSettings', { secretaryName: 'Kim Åkesson' });
  const asa = await seed('saveMember', { id: null, member: memberInput({ name: 'Åsa Öberg', email: 'asa.oberg@example.se' }) });
  const eva = await seed('saveMember', { id: null, member: memberInput({ name: 'Éva Ärlig', email: 'eva@example.se', side: 'civilSociety' }) });
  return { dataDir, app, page: app.page, seed, year: new Date().getFullYear(), asa, eva };
}

test('Skicka kallelse: recipients chosen in the dialog, the draft opened in the mail program, the kallelse attached', async () => {
  const { dataDir, app, page, seed, year } = await appWithTwoMembers();
  await seed('saveMember', { id: null, member: memberInput({ name: 'Örjan Utanadress', email: '' }) });
  await seed('saveMember', { id: null, member: memberInput({ name: 'Avgången Ledamot', email: 'avgangen@example.se', active: false }) });
  await seed('saveMeeting', { id: null, meeting: { ...seedMeetings2024[0], date: `${year}-12-10` } });

  await page.reload(); // the screens load what was seeded behind their back
  await page.getByRole('button', { name: 'RÖS-möte', exact: true }).click();
  await page.getByRole('button', { name: t.sendNotice }).click();
  const dialog = page.getByRole('dialog', { name: t.noticeTitle });
  await expect(dialog.getByText(t.chosen(2, 2))).toBeVisible();
  await expect(dialog.getByText(t.leftOut('Örjan Utanadress'))).toBeVisible();
  await expect(dialog.getByRole('checkbox')).toHaveCount(2);
  await dialog.getByLabel(t.group).selectOption({ label: t.groups.civilSociety });
  await expect(dialog.getByText(t.chosen(1, 1))).toBeVisible();
  await dialog.getByLabel(t.group).selectOption({ label: t.groups.all });
  await dialog.getByRole('checkbox', { name: 'Éva Ärlig <eva@example.se>' }).uncheck();
  await expect(dialog.getByText(t.chosen(1, 2))).toBeVisible();
  await expect(dialog.getByRole('radio', { name: t.addressings.bcc })).toBeChecked();
  await dialog.getByLabel(t.ownAddress).fill('ros-gruppen@example.se');
  await expect(dialog.getByLabel(t.subject)).toHaveValue(/^Kallelse till RÖS-möte /);
  await dialog.getByLabel(t.subject).fill('Kallelse till RÖS-möte – välkomna, åäö ÅÄÖ é');
  await expect(dialog.getByLabel(t.body)).toHaveValue(/Kim Åkesson$/);

  await dialog.getByRole('checkbox', { name: 'Åsa Öberg <asa.oberg@example.se>' }).uncheck();
  await dialog.getByRole('button', { name: t.create }).click();
  await expect(dialog.getByText(t.errors.noRecipients)).toBeVisible();
  await expect(dialog.getByLabel(t.subject)).toHaveValue('Kallelse till RÖS-möte – välkomna, åäö ÅÄÖ é');
  await dialog.getByRole('checkbox', { name: 'Åsa Öberg <asa.oberg@example.se>' }).check();

  const draft = join(dataDir, '..', 'Kallelse.eml');
  await app.backend.control({ type: 'answer', answers: { savePath: draft } });
  await dialog.getByRole('button', { name: t.create }).click();
  await expect(page.getByText(t.created)).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect.poll(() => app.backend.control({ type: 'opened' })).toEqual([`path:${draft}`]);

  const mail = await simpleParser(readFileSync(draft));
  expect(mail.headers.get('x-unsent')).toBe('1');
  expect(mail.subject).toBe('Kallelse till RÖS-möte – välkomna, åäö ÅÄÖ é');
  expect(addresses(mail.to)).toEqual(['Kim Åkesson <ros-gruppen@example.se>']);
  expect(addresses(mail.bcc)).toEqual(['Åsa Öberg <asa.oberg@example.se>']);
  expect(mail.text).toContain('Kim Åkesson');
  expect(mail.attachments.map((a) => a.filename)).toEqual([`Kallelse RÖS-möte ${year}-12-10.docx`]);
  const notice = await (await JSZip.loadAsync(mail.attachments[0]!.content)).file('word/document.xml')!.async('string');
  expect(notice).toContain('Kallelse till RÖS-möte');
  expect(notice).toContain('Viskadalens Folkhögskola');
  expect(app.networkRequests).toEqual([]);
  await app.close();
});

test('Skicka anteckningar: the template edited in Inställningar fills the subject, those present are the recipients', async () => {
  const { dataDir, app, page, seed, year, asa, eva } = await appWithTwoMembers();
  const meeting = await seed('saveMeeting', { id: null, meeting: { ...seedMeetings2024[0], date: `${year}-12-10` } });
  await seed('saveAttendance', {
    meetingId: meeting.id, guests: [],
    attendance: [{ memberId: asa.id, state: 'present', substituteForId: null }, { memberId: eva.id, state: 'excused', substituteForId: null }],
  });
  await seed('createMinutes', { meetingId: meeting.id, form: 'brief' });
  await page.reload();

  await openSection(page, 'settings');
  await page.getByLabel(t.settings.minutesSubject).fill('Minnesanteckningar {möte} – {sekreterare}');
  await page.getByLabel(t.settings.minutesSubject).blur();
  await expect(page.getByRole('status').first()).toHaveText(savedPattern);

  await openSection(page, 'minutes');
  await page.getByRole('table', { name: sv.minutes.ui.tableLabel }).getByRole('button').click();
  await page.getByRole('button', { name: t.sendMinutes }).click();
  const dialog = page.getByRole('dialog', { name: t.minutesTitle });
  await expect(dialog.getByLabel(t.group)).toHaveValue('present');
  await expect(dialog.getByRole('checkbox')).toHaveCount(1);
  await expect(dialog.getByRole('checkbox', { name: 'Åsa Öberg <asa.oberg@example.se>' })).toBeChecked();
  await expect(dialog.getByLabel(t.subject)).toHaveValue('Minnesanteckningar RÖS-möte – Kim Åkesson');
  await expect(dialog.getByRole('radio', { name: t.formats.docx })).toBeChecked();

  const draft = join(dataDir, '..', 'Anteckningar.eml');
  await app.backend.control({ type: 'answer', answers: { savePath: draft } });
  await dialog.getByRole('button', { name: t.create }).click();
  await expect(page.getByText(t.created)).toBeVisible();
  await expect.poll(() => app.backend.control({ type: 'opened' })).toEqual([`path:${draft}`]);
  const mail = await simpleParser(readFileSync(draft));
  expect(mail.subject).toBe('Minnesanteckningar RÖS-möte – Kim Åkesson');
  expect(addresses(mail.bcc)).toEqual(['Åsa Öberg <asa.oberg@example.se>']);
  expect(mail.attachments.map((a) => a.filename)).toEqual([`Kortfattade anteckningar RÖS ${year}-12-10.docx`]);
  expect(app.networkRequests).toEqual([]);
  await app.close();
});
