/**
 * One file of the data folder (the main file, a minutes file): reads its bytes, writes them through
 * `atomicWriteFile`, and remembers what it last read or wrote so it can tell when another program
 * (a sync folder, an editor) has changed the file since, immediately before a save's rename. Decoding
 * is the caller's (`storeCodec`).
 *
 * What is remembered is the SHA-256 of the bytes. Size, mtime, ctime and inode alone cannot decide: a
 * sync client touches a file without changing it (not a conflict), and a program can write the same
 * number of bytes and put the mtime back (a conflict). So every check reads the file and hashes it, and
 * takes a stat before and after reading: if those differ, the file changed under the read, which counts as
 * a change too.
 *
 * Before reading, the kind of the file is checked: a symlink is followed (a missing target is a
 * `danglingLink` problem, never a new empty store), a folder, FIFO or device is refused (`notAFile`)
 * without being opened.
 */
import { createHash } from 'node:crypto';
import { sv } from '../../shared/i18n/sv';
import { AppError } from '../appError';
import { atomicWriteFile } from './atomicWrite';
import { errorCode, type FileStat, type FileSystem } from './fileSystem';
import { danglingLinkProblem, notAFileProblem } from './storeCodec';

/** Thrown by `write` when the file on disk changed after it was last read or written; nothing was replaced. */
export class ExternalChangeError extends AppError {
  constructor() {
    super('EXTERNAL_CHANGE', sv.errors.externalChange);
    this.name = 'ExternalChangeError';
  }
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const sameStat = (a: FileStat, b: FileStat): boolean =>
  a.kind === b.kind && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;

export class DurableFile {
  /** Hash of the content last confirmed on disk (read, written, or found unchanged); null when there was no file. */
  private onDisk: string | null = null;
  /** Hashes of writes that have not succeeded yet: one that failed may still have reached the disk. */
  private attempted: string[] = [];

  constructor(
    private readonly fs: FileSystem,
    readonly path: string,
  ) {}

  /** The file's bytes; null when there is no file; throws `StoreFileProblem` when it is not a file. */
  async read(): Promise<Buffer | null> {
    this.attempted = [];
    if (!(await this.regularFileOrNull())) {
      this.onDisk = null;
      return null;
    }
    const bytes = await this.fs.readFile(this.path);
    this.onDisk = sha256(bytes);
    return bytes;
  }

  /** Replaces the file; throws `ExternalChangeError`, and replaces nothing, if another program changed it. */
  async write(bytes: Buffer): Promise<void> {
    const hash = sha256(bytes);
    this.attempted = [...this.attempted, hash].slice(-3);
    await atomicWriteFile(this.fs, this.path, bytes, {
      beforeRename: async () => {
        if (await this.changedOnDisk()) throw new ExternalChangeError();
      },
    });
    this.onDisk = hash;
    this.attempted = [];
  }

  /** True when the file holds something this adapter neither read nor wrote. A missing file is no change. */
  async changedOnDisk(): Promise<boolean> {
    const before = await this.statOrNull();
    if (!before) return false;
    // Never read what is not a regular file (a FIFO would block); something else in its place is a change.
    if (before.kind !== 'file') return true;
    const hash = sha256(await this.fs.readFile(this.path));
    if (hash !== this.onDisk && !this.attempted.includes(hash)) return true;
    // The last operation before a write's rename: the file must still be the one just hashed.
    const after = await this.statOrNull();
    if (!after || !sameStat(before, after)) return true;
    this.onDisk = hash;
    return false;
  }

  /** Takes `bytes`, just written to the file by another path (a folder laid out anew), as what it holds. */
  holds(bytes: Uint8Array): void {
    this.onDisk = sha256(bytes);
    this.attempted = [];
  }

  /** Takes what is on disk now as known, so the next write replaces it (the user chose their version). */
  async acceptDisk(): Promise<void> {
    const stat = await this.statOrNull();
    const bytes = stat?.kind === 'file' ? await this.fs.readFile(this.path).catch(() => null) : null;
    this.onDisk = bytes ? sha256(bytes) : null;
    this.attempted = [];
  }

  /** What is at the path, through a symlink; null when nothing is. Throws the problem for anything but a file. */
  private async regularFileOrNull(): Promise<FileStat | null> {
    let entry: FileStat;
    try {
      entry = await this.fs.lstat(this.path);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    if (entry.kind === 'symlink') {
      try {
        entry = await this.fs.stat(this.path);
      } catch (error) {
        if (errorCode(error) === 'ENOENT') throw danglingLinkProblem();
        throw error;
      }
    }
    if (entry.kind === 'file') return entry;
    throw notAFileProblem(entry.kind === 'symlink' ? 'other' : entry.kind);
  }

  private async statOrNull(): Promise<FileStat | null> {
    try {
      return await this.fs.stat(this.path);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  }
}
