/**
 * Which data folder to open: `ROS_DATA_DIR` if set (tests, portable installs), else the folder the user
 * last chose (remembered in the preferences), else `data/` in the app's user-data folder.
 */
import { join } from 'node:path';
import type { FileSystem } from '../store/fileSystem';
import { readPreferences, updatePreferences } from './preferences';

export async function resolveDataDir(
  fs: FileSystem,
  env: Readonly<Record<string, string | undefined>>,
  userDataDir: string,
): Promise<string> {
  const fromEnv = env.ROS_DATA_DIR?.trim();
  if (fromEnv) return fromEnv;
  return (await readPreferences(fs, userDataDir)).dataDir ?? join(userDataDir, 'data');
}

export const rememberDataDir = (fs: FileSystem, userDataDir: string, dataDir: string): Promise<void> =>
  updatePreferences(fs, userDataDir, { dataDir });
