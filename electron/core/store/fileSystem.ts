/**
 * The store's only door to the disk. Everything the store does to files goes through this interface,
 * so tests can put a fault injector in front of the real file system (tests run as root, where
 * permissions stop nothing).
 */
import { constants, promises as fsp, type Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

/** A file's bytes, whole or in parts written one after the other (a whole store, without joining it first). */
export type FileData = string | Uint8Array | readonly Uint8Array[];

export interface FileHandleLike {
  writeFile(data: FileData): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** What a directory entry is; `device` covers character and block devices. */
export type FileKind = 'file' | 'directory' | 'symlink' | 'fifo' | 'device' | 'socket' | 'other';

export interface FileStat {
  size: number;
  mtimeMs: number;
  /** Changed by every write, rename and `utimes`, and not settable by programs: a restored mtime still moves it. */
  ctimeMs: number;
  ino: number;
  kind: FileKind;
}

export interface FileSystem {
  /**
   * The raw bytes (a damaged file is copied to a backup byte for byte). Refuses, with `EFTYPE`, anything
   * but a regular file: a FIFO would block the read until some other program writes to it.
   */
  readFile(path: string): Promise<Buffer>;
  open(path: string, flags: 'w' | 'r'): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  /** Removes an empty folder. */
  rmdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  /** Follows symlinks. */
  stat(path: string): Promise<FileStat>;
  /** The entry itself: a symlink is `kind: 'symlink'`. */
  lstat(path: string): Promise<FileStat>;
  /** The path with every symlink resolved; ENOENT when a link's target is missing. */
  realpath(path: string): Promise<string>;
}

/** The error for a path that is there but is not a regular file (a folder, a FIFO, a device). */
export function notRegularFileError(path: string, kind: FileKind): Error {
  return Object.assign(new Error(`EFTYPE: not a regular file (${kind}), ${path}`), { code: 'EFTYPE', kind, path });
}

function kindOf(s: Stats): FileKind {
  if (s.isFile()) return 'file';
  if (s.isDirectory()) return 'directory';
  if (s.isSymbolicLink()) return 'symlink';
  if (s.isFIFO()) return 'fifo';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'device';
  if (s.isSocket()) return 'socket';
  return 'other';
}

const toFileStat = (s: Stats): FileStat => ({ size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino, kind: kindOf(s) });

/** Non-blocking, so that a FIFO swapped in between the check and the open cannot hang the read (POSIX only). */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Writes `parts` one after the other from the file's position, in one call (writev): a backup of the 10×
 * stress store is 4,003 parts, which a write per part took about 0.17 s of CPU to write, one writev about
 * half. A write cut short (the disk filled up part way) goes on with the bytes that are left, so the
 * error it meets is the one thrown.
 */
export async function writeParts(handle: Pick<FileHandle, 'writev' | 'writeFile'>, parts: readonly Uint8Array[]): Promise<void> {
  const { bytesWritten } = await handle.writev([...parts]);
  let skipped = 0;
  for (const part of parts) {
    const from = Math.max(0, bytesWritten - skipped);
    skipped += part.byteLength;
    if (from < part.byteLength) await handle.writeFile(part.subarray(from));
  }
}

export const nodeFileSystem: FileSystem = {
  readFile: async (path) => {
    // Checked before opening, so a FIFO is never opened (opening it would wake a writer waiting on it)…
    const before = toFileStat(await fsp.stat(path));
    if (before.kind !== 'file') throw notRegularFileError(path, before.kind);
    const handle = await fsp.open(path, READ_FLAGS);
    try {
      // …and again on what was opened, for one that took the file's place in between.
      const opened = toFileStat(await handle.stat());
      if (opened.kind !== 'file') throw notRegularFileError(path, opened.kind);
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  },
  open: async (path, flags) => {
    const handle = await fsp.open(path, flags);
    return {
      writeFile: async (data) => {
        if (typeof data === 'string' || data instanceof Uint8Array) return handle.writeFile(data);
        await writeParts(handle, data);
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true });
  },
  rmdir: (path) => fsp.rmdir(path),
  readdir: (path) => fsp.readdir(path),
  stat: async (path) => toFileStat(await fsp.stat(path)),
  lstat: async (path) => toFileStat(await fsp.lstat(path)),
  realpath: (path) => fsp.realpath(path),
};

/** The errno code of a file-system error, or undefined. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}
