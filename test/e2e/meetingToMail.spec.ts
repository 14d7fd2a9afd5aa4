// Issue 14's walk through one meeting, as the secretary does it: from a held meeting whose minutes have
// open action items, "Skapa nästa möte" makes the next one; "Skicka kallelse …" writes an e-mail draft
// whose attached kallelse lists the carried-over actions; the new minutes have them as a list; a
// misspelt word typed in the minutes is marked and the group's own word is not; "Skicka anteckningar …"
// writes a draft that reads back with the minutes attached, holding what was just typed.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { simpleParser } from 'mailparser';
import { sv } from '../../electron/shared/i18n/sv';
import { memberInput } from '../support/registerFixtures';
import { CARRIED, NEXT_MEETING, openHeldMeeting, seedHeldMeetingWithOpenActions } from './heldMeeting';
import { launchApp, type LaunchedApp } from './harness';
import { newDataDir, seeder } from './fixtures';

const t = sv.meetings.ui;

/** Creates the draft in the open mail dialog, saved as `draft`, and reads back the .eml the mail program was asked to open. */
async function createDraft(app: LaunchedApp, dialogName: string, draft: string) {
  await app.backend.control({ type: 'answer', answers: { savePath: draft } });
  const dialog = app.page.getByRole('dialog', { name: dialogName });
  await dialog.getByRole('button', { name: sv.mail.create }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => app.backend.control({ type: 'opened' })).toContain(`path:${draft}`);
  const mail = await simpleParser(readFileSync(draft));
  expect(mail.headers.get('x-unsent')).toBe('1');
  expect(mail.attachments).toHaveLength(1);
  const documentXml = await (await JSZip.loadAsync(mail.attachments[0]!.content)).file('word/document.xml')!.async('string');
  // The document's text, paragraph by paragraph (runs joined).
  const paragraphs = [...documentXml.matchAll(/<w:p[ >].*?<\/w:p>/g)].map((p) => p[0].replace(/<[^>]+>/g, '').trim());
  return { mail, paragraphs };
}

const editor = (page: Page) => page.getByRole('textbox', { name: sv.minutes.ui.editorLabel });

test('from "Skapa nästa möte" to a sent minutes draft: carried-over actions, kallelse and minutes as e-mail drafts, spelling marks', async () => {
  // A whole meeting's work, two documents built and two drafts read back: more than a screen's usual time.
  test.slow();
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  const call = seeder(app.backend);
  await call('updateSettings', { secretaryName: 'Sekreterare Påhittad', spellingWords: ['IOP', 'RUS'] });
  await call('saveMember', { id: null, member: memberInput({ name: 'Örjan Exempelsson', email: 'orjan@example.se', side: 'civilSociety' }) });
  const held = await seedHeldMeetingWithOpenActions(app);
  await page.reload(); // the screens load what was seeded behind their back
  await openHeldMeeting(page, held);
  const heading = page.getByRole('heading', { level: 1 });

  // Skapa nästa möte: the date that keeps the rhythm, the follow-up item with the open actions.
  await page.getByRole('button', { name: t.createNext }).click();
  await page.getByRole('dialog').getByRole('button', { name: t.create }).click();
  await expect(heading).toHaveText(NEXT_MEETING);
  await expect(page.getByRole('group', { name: sv.carryOver.notesOf(sv.meetings.followUpItem) }).getByRole('listitem')).toHaveText(CARRIED);

  // Skicka kallelse …: to every active member (by efternamn), the kallelse attached with the actions as its list.
  await page.getByRole('button', { name: sv.mail.sendNotice }).click();
  const notice = await createDraft(app, sv.mail.noticeTitle, join(dirname(dataDir), 'Kallelse.eml'));
  expect(notice.mail.attachments[0]!.filename).toBe('Kallelse RÖS-möte 2025-04-08.docx');
  expect(notice.mail.bcc && [notice.mail.bcc].flat().flatMap((group) => group.value.map((a) => a.address))).toEqual(['orjan@example.se', 'berit@example.se']);
  for (const line of CARRIED) expect(notice.paragraphs).toContain(line);

  // The new minutes: the actions as a list under "Uppföljning av åtgärder".
  await page.getByRole('button', { name: sv.minutes.ui.writeMinutes }).click();
  const followUp = editor(page).getByRole('heading', { name: sv.meetings.followUpItem });
  await expect(followUp.locator('xpath=following-sibling::*[1]').getByRole('listitem')).toHaveText(CARRIED);

  // Writing: the misspelt word is marked, the group's own word is not.
  await editor(page).getByRole('heading', { name: 'Övriga frågor' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Gruppen diskuterade IOP i varje kommmun. ', { delay: 5 });
  const marked = editor(page).locator('[aria-invalid="spelling"]');
  await expect(marked).toHaveText(['kommmun']);
  await expect(editor(page).getByText('IOP', { exact: false })).toBeVisible();

  // Skicka anteckningar …: the minutes as they are now, attached to a draft for every active member.
  await page.getByRole('button', { name: sv.mail.sendMinutes }).click();
  const sent = await createDraft(app, sv.mail.minutesTitle, join(dirname(dataDir), 'Anteckningar.eml'));
  expect(sent.mail.attachments[0]!.filename).toBe('Kortfattade anteckningar RÖS 2025-04-08.docx');
  expect(sent.paragraphs).toContain('Gruppen diskuterade IOP i varje kommmun.');
  for (const line of CARRIED) expect(sent.paragraphs).toContain(line);
  expect(app.networkRequests).toEqual([]);
  await app.close();
});
