/**
 * Shared steps of the browser tests: a fresh data folder per test, data put in through the backend,
 * reading the data file the way the user's disk holds it, and opening a section by its menu button.
 */
import { mkdtempSync } from 'node:fs';
import { readStoreFolder } from '../support/storeFolder';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import type { StoreData } from '../../electron/shared/store/schema';
import type { ChannelName } from '../../electron/shared/ipc/channels';
import type { ChannelOutput } from '../../electron/shared/ipc/contract';
import type { BackendClient } from '../support/backendClient';

/** Puts data in through the same channels the screens use; a refusal fails the test with its message. */
export function seeder(backend: BackendClient) {
  return async <K extends ChannelName>(channel: K, input: unknown): Promise<ChannelOutput<K>> => {
    const result = (await backend.invoke(channel, input)) as { ok: boolean; value: ChannelOutput<K>; error?: { message: string } };
    if (!result.ok) throw new Error(result.error?.message);
    return result.value;
  };
}

export function newDataDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'ros-e2e-')), 'data');
}

export function dataFile(dataDir: string): string {
  return join(dataDir, 'ros-data.json');
}

/** The data folder as it is on disk, as one store (not validated: a test may look at what the app refuses). */
export const readStore = (dataDir: string): StoreData => readStoreFolder(dataDir);

export async function openSection(page: Page, section: keyof typeof sv.nav): Promise<void> {
  await page.getByRole('navigation', { name: sv.app.navLabel }).getByRole('button', { name: sv.nav[section] }).click();
}

/** "Sparat 14.32" */
export const savedPattern = /^Sparat \d{2}\.\d{2}$/;
