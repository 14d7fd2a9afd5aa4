/**
 * One file of the data folder (the main file, a minutes file): reads its bytes, writes them through
 * `atomicWriteFile`, and remembers what it last put on disk so it can tell when another program
 * (a sync folder, an editor) has changed the file since. Decoding is the caller's (`storeCodec`).
 */
import { atomicWriteFile } from './atomicWrite';
import { errorCode, type FileStat, type FileSystem } from './fileSystem';

export class DurableJsonFile {
  /** Contents that may be on disk because we read or wrote them: the last confirmed, the last attempted. */
  private knownContents: Buffer[] = [];
  private knownStat: FileStat | null = null;

  constructor(
    private readonly fs: FileSystem,
    readonly path: string,
  ) {}

  /** The file's bytes, or null when there is no file. */
  async read(): Promise<Buffer | null> {
    let bytes: Buffer;
    try {
      bytes = await this.fs.readFile(this.path);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') {
        this.forget();
        return null;
      }
      throw error;
    }
    this.knownContents = [bytes];
    this.knownStat = await this.statOrNull();
    return bytes;
  }

  async write(bytes: Buffer): Promise<void> {
    this.knownContents = [...this.knownContents.slice(-1), bytes];
    this.knownStat = null;
    await atomicWriteFile(this.fs, this.path, bytes);
    this.knownContents = [bytes];
    this.knownStat = await this.statOrNull().catch(() => null);
  }

  /** True when the file holds something this adapter neither read nor wrote. A missing file is no change. */
  async changedOnDisk(): Promise<boolean> {
    const stat = await this.statOrNull();
    if (!stat) return false;
    const known = this.knownStat;
    if (known && known.ino === stat.ino && known.size === stat.size && known.mtimeMs === stat.mtimeMs) {
      return false;
    }
    const bytes = await this.fs.readFile(this.path);
    if (this.knownContents.some((known) => known.equals(bytes))) {
      this.knownContents = [bytes];
      this.knownStat = stat;
      return false;
    }
    return true;
  }

  /** Takes what is on disk now as known, so the next write replaces it (the user chose their version). */
  async acceptDisk(): Promise<void> {
    const bytes = await this.fs.readFile(this.path).catch(() => null);
    this.knownContents = bytes ? [bytes] : [];
    this.knownStat = await this.statOrNull();
  }

  private forget(): void {
    this.knownContents = [];
    this.knownStat = null;
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
