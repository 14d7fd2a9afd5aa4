/**
 * The store's only door to the disk. Everything the store does to files goes through this interface,
 * so tests can put a fault injector in front of the real file system (tests run as root, where
 * permissions stop nothing).
 */
import { promises as fsp } from 'node:fs';

export interface FileHandleLike {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FileStat {
  size: number;
  mtimeMs: number;
  ino: number;
}

export interface FileSystem {
  /** The raw bytes: a damaged file is copied to a backup byte for byte. */
  readFile(path: string): Promise<Buffer>;
  open(path: string, flags: 'w' | 'r'): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  /** Removes an empty folder. */
  rmdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<FileStat>;
}

export const nodeFileSystem: FileSystem = {
  readFile: (path) => fsp.readFile(path),
  open: async (path, flags) => {
    const handle = await fsp.open(path, flags);
    return {
      writeFile: (data) => handle.writeFile(data),
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
  stat: async (path) => {
    const s = await fsp.stat(path);
    return { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino };
  },
};

/** The errno code of a file-system error, or undefined. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}
