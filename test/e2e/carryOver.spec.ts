// From a held meeting whose minutes have open action items, "Skapa nästa möte" proposes the date that
// keeps the rhythm (every sixth Tuesday), makes the meeting with "Uppföljning av åtgärder" listing the
// actions, the kallelse (with OSA date and refreshments from the meeting form) has the letter and the
// list, and the new minutes have the actions as a bullet list in that section. Inställningar names a
// field of the kallelse's letter that does not exist.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import { docxToText } from '../support/libreoffice';
import { CARRIED, NEXT_MEETING, openHeldMeeting, seedHeldMeetingWithOpenActions } from './heldMeeting';
import { launchApp } from './harness';
import { newDataDir, openSection, savedPattern, seeder } from './fixtures';

const t = sv.meetings.ui;

test('"Skapa nästa möte" proposes the date, carries the open actions to the agenda, the kallelse and the new minutes', async () => {
  // A whole walk with a kallelse read back through LibreOffice: more than a screen's usual time on a busy machine.
  test.slow();
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  await seeder(app.backend)('updateSettings', { secretaryName: 'Sekreterare Påhittad' });
  const held = await seedHeldMeetingWithOpenActions(app);
  await page.reload(); // the screens load what was seeded behind their back

  await openHeldMeeting(page, held);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('RÖS-möte, tisdag 25 februari 2025 kl. 10.00–15.00');

  await page.getByRole('button', { name: t.createNext }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel(sv.carryOver.newDate)).toHaveValue('2025-04-08');
  await expect(dialog.getByLabel(sv.carryOver.newDate)).toHaveAccessibleDescription(sv.carryOver.keepsRhythm(6, 'tisdag'));
  await dialog.getByRole('button', { name: t.create }).click();
  await expect(heading).toHaveText(NEXT_MEETING);
  const items = page.getByRole('list', { name: t.agendaHeading }).getByRole('listitem').filter({ has: page.locator('strong') });
  await expect(items.nth(0).locator('strong')).toHaveText(sv.meetings.followUpItem);
  await expect(page.getByRole('group', { name: sv.carryOver.notesOf(sv.meetings.followUpItem) }).getByRole('listitem')).toHaveText(CARRIED);

  // OSA senast after the meeting is refused at the field; on or before it is saved.
  await page.getByLabel(sv.carryOver.rsvpDate).fill('2025-04-09');
  await page.getByRole('button', { name: t.save }).click();
  await expect(page.getByLabel(sv.carryOver.rsvpDate)).toHaveAccessibleDescription(new RegExp(sv.meetings.fieldErrors.rsvpAfterMeeting));
  await page.getByLabel(sv.carryOver.rsvpDate).fill('2025-04-01');
  await page.getByLabel(sv.carryOver.refreshments).fill('Lunch serveras från 12.00');
  await page.getByRole('button', { name: t.save }).click();
  await expect(page.getByLabel(sv.carryOver.rsvpDate)).toHaveAccessibleDescription(sv.carryOver.rsvpDateHelp);
  await expect(page.getByRole('status').first()).toHaveText(savedPattern);

  // "Skapa nästa möte" from the held meeting again offers to open the one now planned.
  await page.getByRole('button', { name: t.back }).click();
  await page.locator(`[data-meeting-id="${held.id}"]`).click();
  await page.getByRole('button', { name: t.createNext }).click();
  await expect(dialog).toContainText(sv.carryOver.alreadyPlanned(NEXT_MEETING));
  await dialog.getByRole('button', { name: sv.carryOver.openPlanned }).click();
  await expect(heading).toHaveText(NEXT_MEETING);

  const out = dirname(dataDir);
  const path = join(out, 'Kallelse RÖS-möte 2025-04-08.docx');
  await app.backend.control({ type: 'answer', answers: { savePath: path } });
  await page.getByRole('button', { name: t.exportNotice }).click();
  await expect(page.getByText(sv.exports.saved(path))).toBeVisible();
  const notice = await docxToText(readFileSync(path));
  for (const line of ['Härmed kallas du till RÖS-möte tisdag 8 april 2025 kl. 10.00–15.00.', 'Lunch serveras från 12.00', 'Meddela senast 1 april 2025', 'Sekreterare Påhittad', ...CARRIED]) {
    expect(notice).toContain(line);
  }

  await page.getByRole('button', { name: sv.minutes.ui.writeMinutes }).click();
  const editor = page.getByRole('textbox', { name: sv.minutes.ui.editorLabel });
  const followUp = editor.getByRole('heading', { name: sv.meetings.followUpItem });
  await expect(followUp).toBeVisible();
  await expect(followUp.locator('xpath=following-sibling::*[1]')).toHaveJSProperty('tagName', 'UL');
  await expect(followUp.locator('xpath=following-sibling::*[1]').getByRole('listitem')).toHaveText(CARRIED);

  // In Inställningar, a field of the letter that does not exist is named in Swedish at the field.
  await openSection(page, 'settings');
  const letter = page.getByLabel(sv.carryOver.noticeLetterTemplate);
  await expect(letter).toHaveValue(/\{osa senast\}/);
  await letter.fill('Hej!\n\nVälkommen {dautm}.');
  await expect(letter).toHaveAccessibleDescription(new RegExp(`Fältet \\{dautm\\} finns inte och fylls inte i`));
  expect(app.networkRequests).toEqual([]);
  await app.close();
});
