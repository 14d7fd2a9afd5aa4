/**
 * A temporary file no other program can have prepared or can read: a new folder made by `mkdtemp`
 * (a random name, only the user may enter it) holding the one file, written with 'wx' so it is never
 * written through an existing file or symlink. `remove` deletes the folder and the file. Used by
 * main.ts for the page it prints to PDF.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

export interface PrivateTempFile {
  path: string;
  remove(): Promise<void>;
}

export async function writePrivateTempFile(tempDir: string, prefix: string, fileName: string, content: string | Uint8Array): Promise<PrivateTempFile> {
  if (basename(fileName) !== fileName || fileName === '.' || fileName === '..') throw new TypeError(`writePrivateTempFile takes a bare file name, not ${fileName}`);
  const folder = await mkdtemp(join(tempDir, prefix));
  const remove = () => rm(folder, { recursive: true, force: true });
  const path = join(folder, fileName);
  try {
    await writeFile(path, content, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    await remove();
    throw error;
  }
  return { path, remove };
}
