/**
 * Durable replacement of a file: write a temp file in the same folder, fsync it, rename it over the
 * target, fsync the folder. A crash at any point leaves either the old file or the new one, whole.
 * (lowdb's own adapter renames but does not fsync.)
 *
 * A symlink is written through: the temp file goes beside the link's real target and is renamed over
 * that, so the link stays a link and its target gets the update. A folder, a FIFO or a device in the
 * file's place is refused (`EFTYPE`), never replaced; so is a link whose target is missing (ENOENT).
 */
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { errorCode, notRegularFileError, type FileData, type FileSystem } from './fileSystem';

const TEMP_SUFFIX = '.tmp';

export interface AtomicWriteOptions {
  /**
   * Runs after the temp file is durable and immediately before the rename; throwing stops the write
   * (the temp file is removed, the target is untouched). `DurableFile` checks here that no other
   * program has changed the file since it was read.
   *
   * The residual window: between the end of this check and the rename, another program can still
   * rename its own file over the target, and ours then replaces it without anyone knowing. Closing that
   * needs an atomic compare-and-replace: renameat2(RENAME_EXCHANGE) on Linux, renamex_np(RENAME_SWAP)
   * on macOS or ReplaceFileW with a backup name on Windows, which swap the files so the replaced one
   * can be inspected and put back. Node's fs has none of them. The alternatives within Node (rename the
   * target away first, then link the new file in with no-replace semantics) leave the data file's name
   * missing during the save, so a disk error at that point (or a crash) would leave no data file at all,
   * and sync clients see a delete; we keep the plain rename and make the window as short as Node allows:
   * the check ends with a stat and the rename is the next operation.
   */
  beforeRename?: () => Promise<void>;
}

export async function atomicWriteFile(
  fs: FileSystem,
  path: string,
  data: FileData,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const target = await writeTarget(fs, path);
  const temp = join(dirname(target), `${basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  try {
    const handle = await fs.open(temp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeRename?.();
    await fs.rename(temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  try {
    await syncFolder(fs, dirname(target));
  } catch (error) {
    throw markRenamed(error);
  }
}

/** The file to replace: `path` itself, or the real file a symlink at `path` leads to. */
async function writeTarget(fs: FileSystem, path: string): Promise<string> {
  let entry;
  try {
    entry = await fs.lstat(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return path;
    throw error;
  }
  if (entry.kind === 'file') return path;
  if (entry.kind !== 'symlink') throw notRegularFileError(path, entry.kind);
  const real = await fs.realpath(path);
  const resolved = await fs.lstat(real);
  if (resolved.kind !== 'file') throw notRegularFileError(real, resolved.kind);
  return real;
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

/** Removes temp files that a crash between write and rename left beside `path` (or beside a symlink's target). */
export async function removeStaleTempFiles(fs: FileSystem, path: string): Promise<void> {
  const targets = [path];
  const real = await fs.realpath(path).catch(() => null);
  if (real !== null && real !== path) targets.push(real);
  for (const target of targets) {
    const prefix = `${basename(target)}.`;
    const names = await fs.readdir(dirname(target)).catch(() => []);
    for (const name of names) {
      if (name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX)) {
        await fs.unlink(join(dirname(target), name)).catch(() => undefined);
      }
    }
  }
}
