// The data file as the secretary meets it in the app: created on first start, every edit on disk
// without leaving the field (the autosave's own timers bound when), still there after a restart.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import { launchApp } from './harness';
import { dataFile, newDataDir, openSection, readStore, savedPattern } from './fixtures';

test('a new data folder opens the app and gets a store file', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const nav = app.page.getByRole('navigation', { name: sv.app.navLabel });
  for (const label of Object.values(sv.nav)) await expect(nav.getByRole('button', { name: label })).toBeVisible();
  await expect(app.page.getByRole('heading', { level: 1, name: sv.pages.meetings.title })).toBeVisible();
  expect(existsSync(dataFile(dataDir))).toBe(true);
  expect(readStore(dataDir)).toMatchObject({ app: 'ros-sekreterare' });
  await app.close();
});

test('an edit in Inställningar is on disk without leaving the field, and survives a restart', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  await openSection(app.page, 'settings');
  await app.page.getByLabel(sv.settings.secretaryName).fill('Kim Testsson');
  await expect.poll(() => readStore(dataDir).settings.secretaryName).toBe('Kim Testsson');
  await expect(app.page.getByRole('status').first()).toHaveText(savedPattern);
  await app.close();

  const again = await launchApp({ dataDir });
  await openSection(again.page, 'settings');
  await expect(again.page.getByLabel(sv.settings.secretaryName)).toHaveValue('Kim Testsson');
  await again.close();
});

test('an invalid value gets a Swedish message at the field and is not saved', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  await openSection(app.page, 'settings');
  const title = app.page.getByLabel(sv.settings.letterheadTitle);
  await title.fill('');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription(sv.errors.fields.required);
  // A valid edit after it: once the header says it is saved, a save of the invalid value (which would
  // have left first, on leaving the field) would be on disk too.
  await app.page.getByLabel(sv.settings.secretaryName).fill('Kim Testsson');
  await expect.poll(() => readStore(dataDir).settings.secretaryName).toBe('Kim Testsson');
  await expect(app.page.getByRole('status').first()).toHaveText(savedPattern);
  expect(readStore(dataDir).settings.letterheadTitle).toBe('Överenskommelsen');
  await expect(title).toHaveValue('');
  await app.close();
});

test('Inställningar shows where the data lives and opens the folder in the file manager', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  await openSection(app.page, 'settings');
  await expect(app.page.getByText(dataFile(dataDir))).toBeVisible();
  await app.page.getByRole('button', { name: sv.settings.openDataFolder }).click();
  await expect.poll(() => app.backend.control({ type: 'opened' })).toEqual([`path:${dataDir}`]);
  await app.close();
});

test('a letterhead logo is chosen from a file, described with alt text, and removed again', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  await openSection(page, 'settings');
  await expect(page.getByText(sv.settings.noLogo)).toBeVisible();
  await app.backend.control({ type: 'answer', answers: { openFile: join(import.meta.dirname, '../fixtures/images/pahittad-logotyp.png') } });
  await page.getByRole('button', { name: sv.settings.chooseLogo }).click();
  await expect(page.getByRole('img', { name: sv.settings.defaultLogoAlt })).toBeVisible();

  const altText = page.getByLabel(sv.settings.logoAltText);
  await altText.fill('');
  await expect(altText).toHaveAccessibleDescription(new RegExp(sv.errors.fields.required));
  await altText.fill('Påhittade gruppens logotyp');
  await expect(page.getByRole('img', { name: 'Påhittade gruppens logotyp' })).toBeVisible();
  await expect.poll(() => readStore(dataDir).settings.letterheadLogo?.altText).toBe('Påhittade gruppens logotyp');
  expect(readStore(dataDir).settings.letterheadLogo).toMatchObject({ type: 'png', width: 240, height: 80 });

  await page.getByRole('button', { name: sv.settings.removeLogo }).click();
  await expect(page.getByText(sv.settings.noLogo)).toBeVisible();
  await expect.poll(() => readStore(dataDir).settings.letterheadLogo).toBeNull();
  expect(app.networkRequests).toEqual([]);
  await app.close();
});
