// A full disk while working: the text stays on screen, the user is told in Swedish, and once the
// disk has room again the next save writes everything. Another program changing the file is caught.
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import { launchApp } from './harness';
import { dataFile, newDataDir, openSection, readStore, savedPattern } from './fixtures';

test('an injected ENOSPC keeps the text and says so in Swedish; a retry saves it', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  await openSection(app.page, 'settings');
  await app.backend.control({ type: 'failAll', code: 'ENOSPC' });
  const field = app.page.getByLabel(sv.settings.secretaryName);
  await field.fill('Text som inte får försvinna');
  const status = app.page.getByRole('status').first();
  await expect(status).toHaveText(sv.saveStatus.failed(sv.fileErrors.ENOSPC));
  await expect(field).toHaveValue('Text som inte får försvinna');
  expect(readStore(dataDir).settings.secretaryName).toBe('');

  await app.backend.control({ type: 'heal' });
  await app.page.getByRole('button', { name: sv.saveStatus.retry }).click();
  await expect(status).toHaveText(savedPattern);
  expect(readStore(dataDir).settings.secretaryName).toBe('Text som inte får försvinna');
  await app.close();
});

test('a change made by another program is not overwritten: the user chooses', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  await openSection(app.page, 'settings');
  await app.page.getByLabel(sv.settings.secretaryName).fill('Min version');
  await expect.poll(() => readStore(dataDir).settings.secretaryName).toBe('Min version');

  const theirs = readStore(dataDir);
  theirs.settings = { ...theirs.settings, letterheadTitle: 'Ändrad av synkprogrammet' };
  writeFileSync(dataFile(dataDir), JSON.stringify(theirs));
  await app.page.getByLabel(sv.settings.secretaryName).fill('Min nyare version');
  const dialog = app.page.getByRole('alertdialog', { name: sv.conflict.title });
  await expect(dialog).toBeVisible();
  expect(readStore(dataDir).settings.letterheadTitle).toBe('Ändrad av synkprogrammet');

  await dialog.getByRole('button', { name: sv.conflict.keepMine }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => readStore(dataDir).settings.secretaryName).toBe('Min nyare version');
  expect(readStore(dataDir).settings.letterheadTitle).toBe('Överenskommelsen');
  await app.close();
});
