/**
 * Durable replacement of a file: write a temp file in the same folder, fsync it, rename it over the
 * target, fsync the folder. A crash at any point leaves either the old file or the new one, whole.
 * (lowdb's own adapter renames but does not fsync.)
 */
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FileSystem } from './fileSystem';

const TEMP_SUFFIX = '.tmp';

export async function atomicWriteFile(fs: FileSystem, path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `${basename(path)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  try {
    const handle = await fs.open(temp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  try {
    await syncFolder(fs, dirname(path));
  } catch (error) {
    throw markRenamed(error);
  }
}

const renamedErrors = new WeakSet<object>();

function markRenamed(error: unknown): unknown {
  if (typeof error === 'object' && error !== null) renamedErrors.add(error);
  return error;
}

/**
 * True for an error of `atomicWriteFile` that came after the rename: the new content is in the file
 * (others see it), though syncing the folder failed, so the rename may not survive a power cut.
 */
export const failedAfterRename = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && renamedErrors.has(error);

/** Makes a rename in `folder` durable. Windows cannot open a folder for syncing; there NTFS journals it. */
export async function syncFolder(fs: FileSystem, folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Removes temp files that a crash between write and rename left beside `path`. */
export async function removeStaleTempFiles(fs: FileSystem, path: string): Promise<void> {
  const prefix = `${basename(path)}.`;
  const names = await fs.readdir(dirname(path)).catch(() => []);
  for (const name of names) {
    if (name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX)) {
      await fs.unlink(join(dirname(path), name)).catch(() => undefined);
    }
  }
}
