// Links in minutes: the link dialog says in Swedish why a link to this computer or the local network is
// refused, and a link clicked in fastställda (read-only) minutes asks first and then opens outside the
// app through the validated openExternalLink call, while the app stays where it was.
import { expect, test } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import { seedMeetings2024 } from '../support/meetingFixtures';
import { launchApp } from './harness';
import { newDataDir, openSection } from './fixtures';

const t = sv.minutes.ui;

test('a link in fastställda minutes opens outside the app after a confirmation, and the app stays', async () => {
  const app = await launchApp({ dataDir: newDataDir() });
  const { page } = app;
  await app.backend.invoke('saveMeeting', { id: null, meeting: seedMeetings2024[0] });
  await openSection(page, 'minutes');
  await page.getByRole('button', { name: t.create }).click();
  const editor = page.getByRole('textbox', { name: t.editorLabel });
  await editor.getByRole('heading', { name: 'Övriga frågor' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('Mer om överenskommelsen: ');

  await page.getByRole('button', { name: t.link, exact: true }).click();
  await page.getByLabel(t.linkAddress).fill('http://192.168.1.1/admin');
  await page.getByLabel(t.linkText).fill('Västra Götalandsregionen');
  await page.getByRole('button', { name: t.insertLink }).click();
  await expect(page.getByLabel(t.linkAddress)).toHaveAccessibleDescription(t.linkLocal);
  await page.getByLabel(t.linkAddress).fill('https://www.vgregion.se/');
  // Enter inserts it, as the button does, also with the two fields of a link without selected text.
  await page.getByLabel(t.linkAddress).press('Enter');
  await expect(editor.getByRole('link', { name: 'Västra Götalandsregionen' })).toBeVisible();

  await page.getByRole('button', { name: new RegExp(`^${t.lifecycle}:`) }).click();
  await page.getByRole('button', { name: t.approve }).click();
  await expect(page.getByText(t.lockedNotice)).toBeVisible();
  const pageUrl = page.url();
  const link = editor.getByRole('link', { name: 'Västra Götalandsregionen' });

  await link.click();
  const confirm = page.getByRole('dialog', { name: t.openLinkTitle });
  await expect(confirm).toContainText(`${t.openLinkInBrowser} https://www.vgregion.se/`);
  await confirm.getByRole('button', { name: t.cancel }).click();
  await expect(confirm).toBeHidden();
  expect(await app.backend.control({ type: 'opened' })).toEqual([]);

  await link.click();
  await confirm.getByRole('button', { name: t.openLink }).click();
  await expect(confirm).toBeHidden();
  await expect.poll(() => app.backend.control({ type: 'opened' })).toEqual(['url:https://www.vgregion.se/']);
  expect(page.url()).toBe(pageUrl);
  await expect(page.getByText(t.lockedNotice)).toBeVisible();
  await expect(link).toBeVisible();
  expect(app.networkRequests).toEqual([]);
  await app.close();
});
