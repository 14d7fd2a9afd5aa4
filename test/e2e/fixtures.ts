/**
 * Shared steps of the browser tests: a fresh data folder per test, reading the data file the way the
 * user's disk holds it, and opening a section by its menu button.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import type { StoreData } from '../../electron/shared/store/schema';

export function newDataDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'ros-e2e-')), 'data');
}

export function dataFile(dataDir: string): string {
  return join(dataDir, 'ros-data.json');
}

/** The data file as it is on disk (not validated: a test may look at a file the app refuses). */
export function readStore(dataDir: string): StoreData {
  return JSON.parse(readFileSync(dataFile(dataDir), 'utf8')) as StoreData;
}

export async function openSection(page: Page, section: keyof typeof sv.nav): Promise<void> {
  await page.getByRole('navigation', { name: sv.app.navLabel }).getByRole('button', { name: sv.nav[section] }).click();
}

/** "Sparat 14.32" */
export const savedPattern = /^Sparat \d{2}\.\d{2}$/;
