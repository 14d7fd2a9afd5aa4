// A data file that cannot be used opens the recovery screen and is never written to; a backup can be
// restored from that screen, and the damaged file is kept.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import { CURRENT_SCHEMA_VERSION } from '../../electron/shared/store/schema';
import { launchApp } from './harness';
import { dataFile, newDataDir, openSection, readStore } from './fixtures';

const badFiles: Array<[string, string, string]> = [
  ['corrupt', '{"app":"ros-sekr', sv.problems.unparsable],
  ['empty', '', sv.problems.empty],
  ['foreign', '{"name":"annat program"}', sv.problems.foreign],
  ['from a newer version', `{"app":"ros-sekreterare","schemaVersion":${CURRENT_SCHEMA_VERSION + 97},"settings":{}}`, sv.problems.future(CURRENT_SCHEMA_VERSION + 97)],
];

for (const [kind, content, message] of badFiles) {
  test(`a ${kind} data file opens the recovery screen and stays byte-identical`, async () => {
    const dataDir = newDataDir();
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(dataFile(dataDir), content);
    const app = await launchApp({ dataDir });
    await expect(app.page.getByRole('heading', { level: 1, name: sv.recovery.title })).toBeVisible();
    await expect(app.page.getByText(message, { exact: true })).toBeVisible();
    await expect(app.page.getByText(sv.recovery.unchanged)).toBeVisible();
    await expect(app.page.getByText(sv.recovery.noBackups)).toBeVisible();
    const result = await app.page.evaluate(() => window.ros.updateSettings({ secretaryName: 'Försök' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'STORE_UNAVAILABLE' } });
    await app.page.getByRole('button', { name: sv.recovery.quit }).click();
    await expect.poll(() => app.backend.control({ type: 'opened' })).toContain('quit');
    expect(readFileSync(dataFile(dataDir)).equals(Buffer.from(content))).toBe(true);
    await app.close();
    expect(readFileSync(dataFile(dataDir)).equals(Buffer.from(content))).toBe(true);
  });
}

test('a backup is restored from the recovery screen and the damaged file is kept', async () => {
  const dataDir = newDataDir();
  const first = await launchApp({ dataDir });
  await openSection(first.page, 'settings');
  await first.page.getByLabel(sv.settings.secretaryName).fill('Version ett');
  await expect.poll(() => readStore(dataDir).settings.secretaryName).toBe('Version ett');
  await first.close();

  // A second session: its first save backs up "Version ett".
  const second = await launchApp({ dataDir });
  await openSection(second.page, 'settings');
  await second.page.getByLabel(sv.settings.secretaryName).fill('Version två');
  await expect.poll(() => readStore(dataDir).settings.secretaryName).toBe('Version två');
  await second.close();

  const damaged = Buffer.from('{"app":"ros-sekreterare", trasig');
  writeFileSync(dataFile(dataDir), damaged);
  const app = await launchApp({ dataDir });
  await expect(app.page.getByRole('heading', { level: 1, name: sv.recovery.title })).toBeVisible();
  const restoreButtons = app.page.getByRole('button', { name: new RegExp(`^${sv.settings.restore} `) });
  await restoreButtons.first().click();
  await app.page.getByRole('dialog').getByRole('button', { name: sv.settings.restore, exact: true }).click();
  await expect(app.page.getByRole('navigation', { name: sv.app.navLabel })).toBeVisible();
  await openSection(app.page, 'settings');
  await expect(app.page.getByLabel(sv.settings.secretaryName)).toHaveValue('Version ett');
  const backups = readdirSync(join(dataDir, 'backups'));
  const kept = backups.find((name) => name.endsWith('-before-restore.json'));
  expect(kept).toBeDefined();
  expect(readFileSync(join(dataDir, 'backups', kept!)).equals(damaged)).toBe(true);
  await app.close();
});
