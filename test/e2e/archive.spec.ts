// Handing the work over in the app: Inställningar exports the archive, and the next secretary's app
// imports it into a new folder and shows the same register; a foreign zip is refused in Swedish.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import { memberInput } from '../support/registerFixtures';
import { launchApp } from './harness';
import { newDataDir, openSection, readStore } from './fixtures';

test('an archive exported in Inställningar opens in the next secretary’s app with the same register', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  await app.backend.invoke('saveMember', { id: null, member: memberInput({ name: 'Åsa Påhittad' }) });
  await openSection(app.page, 'settings');
  const zip = join(dataDir, '..', 'RÖS-arkiv.zip');
  await app.backend.control({ type: 'answer', answers: { savePath: zip } });
  await app.page.getByRole('button', { name: sv.archive.exportArchive }).click();
  await expect(app.page.getByText(sv.exports.saved(zip))).toBeVisible();
  await app.close();

  const nextDir = newDataDir();
  const next = await launchApp({ dataDir: nextDir });
  const { page } = next;
  await openSection(page, 'settings');
  const foreign = join(nextDir, '..', 'främmande.zip');
  writeFileSync(foreign, 'inte en zip-fil');
  await next.backend.control({ type: 'answer', answers: { openFile: foreign } });
  await page.getByRole('button', { name: sv.archive.importIntoCurrent }).click();
  await page.getByRole('dialog').getByRole('button', { name: sv.archive.importIntoCurrent }).click();
  await expect(page.getByRole('alert')).toHaveText(sv.archive.notAZip);

  const handedOver = join(nextDir, '..', 'överlämnat');
  await next.backend.control({ type: 'answer', answers: { openFile: zip, folder: handedOver } });
  await page.getByRole('button', { name: sv.archive.importIntoNew }).click();
  await expect(page.getByRole('status').filter({ hasText: sv.archive.imported })).toBeVisible();
  await expect(page.getByText(join(handedOver, 'ros-data.json'))).toBeVisible();
  await openSection(page, 'members');
  await expect(page.getByText('Åsa Påhittad')).toBeVisible();
  expect(readStore(handedOver).members.map((m) => m.name)).toEqual(['Åsa Påhittad']);
  expect(next.networkRequests).toEqual([]);
  await next.close();
});
