/**
 * The lowdb adapter for the data file: reads and validates through the codec, writes through
 * `atomicWriteFile`, and remembers what it last put on disk so it can tell when another program
 * (a sync folder, an editor) has changed the file since.
 */
import type { Adapter } from 'lowdb';
import type { StoreData } from '../../shared/store/schema';
import { atomicWriteFile } from './atomicWrite';
import { errorCode, type FileStat, type FileSystem } from './fileSystem';
import { decodeStore, encodeStore } from './storeCodec';

export class DurableJsonFile implements Adapter<StoreData> {
  /** Texts that may be on disk because we read or wrote them: the last confirmed, the last attempted. */
  private knownTexts: string[] = [];
  private knownStat: FileStat | null = null;

  constructor(
    private readonly fs: FileSystem,
    readonly path: string,
  ) {}

  /** Null when there is no file; throws `StoreFileProblem` when the file cannot be used. */
  async read(): Promise<StoreData | null> {
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
    const text = bytes.toString('utf8');
    const data = decodeStore(text);
    this.knownTexts = [text];
    this.knownStat = await this.statOrNull();
    return data;
  }

  async write(data: StoreData): Promise<void> {
    const text = encodeStore(data);
    this.knownTexts = [...this.knownTexts.slice(-1), text];
    this.knownStat = null;
    await atomicWriteFile(this.fs, this.path, text);
    this.knownTexts = [text];
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
    const text = (await this.fs.readFile(this.path)).toString('utf8');
    if (this.knownTexts.includes(text)) {
      this.knownTexts = [text];
      this.knownStat = stat;
      return false;
    }
    return true;
  }

  /** Takes what is on disk now as known, so the next write replaces it (the user chose their version). */
  async acceptDisk(): Promise<void> {
    const bytes = await this.fs.readFile(this.path).catch(() => null);
    this.knownTexts = bytes ? [bytes.toString('utf8')] : [];
    this.knownStat = await this.statOrNull();
  }

  private forget(): void {
    this.knownTexts = [];
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
