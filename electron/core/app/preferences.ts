/**
 * The machine's own preferences, kept beside the app (not in the data folder, which may be shared or
 * moved): the data folder chosen last, the folder exports were saved to last, and the window's place. An unreadable file
 * counts as no preferences; writing keeps the other keys.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { atomicWriteFile } from '../store/atomicWrite';
import type { FileSystem } from '../store/fileSystem';
import { windowStateSchema } from './windowState';

const preferencesSchema = z.object({
  dataDir: z.string().min(1).optional(),
  exportDir: z.string().min(1).optional(),
  // A damaged window place is forgotten on its own; the other preferences stay.
  window: windowStateSchema.optional().catch(undefined),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export function preferencesFile(userDataDir: string): string {
  return join(userDataDir, 'preferences.json');
}

export async function readPreferences(fs: FileSystem, userDataDir: string): Promise<Preferences> {
  try {
    const parsed = preferencesSchema.safeParse(JSON.parse((await fs.readFile(preferencesFile(userDataDir))).toString('utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export async function updatePreferences(fs: FileSystem, userDataDir: string, patch: Preferences): Promise<void> {
  const next = { ...(await readPreferences(fs, userDataDir)), ...patch };
  await fs.mkdir(userDataDir);
  await atomicWriteFile(fs, preferencesFile(userDataDir), JSON.stringify(next, null, 2));
}
