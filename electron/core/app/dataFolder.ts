/**
 * Which data folder to open: `ROS_DATA_DIR` if set (tests, portable installs), else the folder the user
 * last chose (remembered in a small preferences file), else `data/` in the app's user-data folder.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { atomicWriteFile } from '../store/atomicWrite';
import type { FileSystem } from '../store/fileSystem';

const preferencesSchema = z.object({ dataDir: z.string().min(1) });

export function preferencesFile(userDataDir: string): string {
  return join(userDataDir, 'preferences.json');
}

export async function resolveDataDir(
  fs: FileSystem,
  env: Readonly<Record<string, string | undefined>>,
  userDataDir: string,
): Promise<string> {
  const fromEnv = env.ROS_DATA_DIR?.trim();
  if (fromEnv) return fromEnv;
  try {
    const text = (await fs.readFile(preferencesFile(userDataDir))).toString('utf8');
    return preferencesSchema.parse(JSON.parse(text)).dataDir;
  } catch {
    return join(userDataDir, 'data');
  }
}

export async function rememberDataDir(fs: FileSystem, userDataDir: string, dataDir: string): Promise<void> {
  await fs.mkdir(userDataDir);
  await atomicWriteFile(fs, preferencesFile(userDataDir), JSON.stringify({ dataDir }, null, 2));
}
