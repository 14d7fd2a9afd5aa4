/**
 * The data folder as the user's disk holds it, put together as one store for the tests: the main file
 * and every minutes file of the folder it names; as it is (a test may look at what the app would
 * refuse), or read and validated as the app opens it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoreData } from '../../electron/shared/store/schema';
import { DATA_FILE_NAME, FolderStore } from '../../electron/core/store/folderStore';
import { nodeFileSystem } from '../../electron/core/store/fileSystem';

export function readStoreFolder(dataDir: string): StoreData {
  const main = JSON.parse(readFileSync(join(dataDir, DATA_FILE_NAME), 'utf8')) as Record<string, unknown>;
  if (typeof main.minutesFolder !== 'string') return main as unknown as StoreData;
  const { minutesFolder, ...rest } = main;
  const folder = join(dataDir, minutesFolder);
  const minutes = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => (JSON.parse(readFileSync(join(folder, name), 'utf8')) as { minutes: StoreData['minutes'][number] }).minutes)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return { ...(rest as unknown as Omit<StoreData, 'minutes'>), minutes };
}

/** The data folder read and validated the way the app opens it; throws when it could not be opened. */
export async function openStoreFolder(dataDir: string): Promise<StoreData> {
  const data = await new FolderStore(nodeFileSystem, dataDir).read();
  if (!data) throw new Error(`no data file in ${dataDir}`);
  return data;
}
