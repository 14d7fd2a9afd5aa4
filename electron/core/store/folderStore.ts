/**
 * The data folder on disk, laid out so that an edit writes only its own document:
 *
 *   ros-data.json              settings, register, meetings, and the name of the minutes folder
 *   minutes-<n>/<id>.json      one file per minutes (text, decisions, actions, history, versions)
 *
 * `write` compares the data with what it knows is on disk, document by document (the store replaces a
 * changed document, never edits one in place, so a changed document is a different object), and writes
 * only those that differ: a minutes autosave writes that minutes' file, a register edit the main file.
 * Each file keeps the guarantees of `atomicWriteFile` and is checked for changes by other programs just
 * before its rename (`DurableFile`).
 *
 * Replacing everything (a restore, an archive, the first lay-out of an older version's single file)
 * writes a new minutes folder `minutes-<n+1>` in full, then switches the main file to it with one atomic
 * rename, then removes the old folder: a crash at any point leaves either the old store or the new one
 * whole, and a folder the main file does not name is left over from such a crash and removed at load.
 */
import { join } from 'node:path';
import type { RawStore } from './migrations';
import type { Adapter } from 'lowdb';
import { MINUTES_FOLDER_PATTERN, type StoreData } from '../../shared/store/schema';
import type { Minutes } from '../../shared/minutes/minutes';
import { sv } from '../../shared/i18n/sv';
import { failedAfterRename, removeStaleTempFiles, syncFolder } from './atomicWrite';
import { compactMinutes } from './compactBodies';
import { DurableFile } from './durableFile';
import { errorCode, type FileSystem } from './fileSystem';
import {
  decodeDataFile, decodeMinutesFile, decodeOlderFolder, decodeOlderMinutesFile, encodeMainFileBytes, encodeMinutesFileBytes,
  StoreFileProblem,
} from './storeCodec';

export const DATA_FILE_NAME = 'ros-data.json';
const MINUTES_FILE_PATTERN = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/;

/** How many minutes files `replaceAll` writes at once. */
const PARALLEL_WRITES = 16;
/** How many minutes files a load reads ahead of the one it decodes. */
const READ_AHEAD = 8;

/** The store without its minutes: what the main file holds. */
export type MainPart = Omit<StoreData, 'minutes'>;

export class FolderStore implements Adapter<StoreData> {
  readonly mainFile: string;
  /**
   * The store of an older version, as one file: the whole-store file found in the main file's place (the
   * layout before the data folder), or an older data folder put together. Backed up before the upgrade.
   */
  olderVersionBytes: Buffer | null = null;
  /** The file `read` read last: the one that could not be used, when it throws. */
  lastReadPath: string;
  private readonly main: DurableFile;
  private minutesFolder: string | null = null;
  private readonly minutesFiles = new Map<string, DurableFile>();
  /** What is on disk, as this store last read or wrote it; null before the folder is laid out. */
  private diskMain: MainPart | null = null;
  private readonly diskMinutes = new Map<string, Minutes>();
  /** Files another program changed that the user chose to overwrite: written again at the next write. */
  private readonly forced = new Set<string>();

  constructor(
    private readonly fs: FileSystem,
    readonly dataDir: string,
  ) {
    this.mainFile = join(dataDir, DATA_FILE_NAME);
    this.main = new DurableFile(fs, this.mainFile);
    this.lastReadPath = this.mainFile;
  }

  /**
   * Reads the folder. Null when there is no main file. A whole-store file in the main file's place, or an
   * older version's data folder, is returned migrated as a whole store, its old form left in
   * `olderVersionBytes`, for the caller to back up and lay out anew with `replaceAll`.
   * Throws `StoreFileProblem` for a file that cannot be used, naming a minutes file by its name.
   */
  async read(): Promise<StoreData | null> {
    const found = await this.readMain();
    if (found === null || 'minutes' in found) return found;
    return { ...found, minutes: await this.readMinutes() };
  }

  /**
   * The first half of `read`: the main file, without the minutes (read them with `readMinutes`), or a
   * whole store (an older version's single file), or null when there is none.
   */
  async readMain(): Promise<MainPart | StoreData | null> {
    this.forget();
    await removeStaleTempFiles(this.fs, this.mainFile);
    this.lastReadPath = this.mainFile;
    const bytes = await this.main.read();
    if (!bytes) return null;
    const decoded = decodeDataFile(bytes.toString('utf8'));
    if (decoded.kind === 'whole') {
      this.olderVersionBytes = bytes;
      return decoded.data;
    }
    if (decoded.kind === 'olderFolder') return this.readOlderFolder(decoded.main, decoded.minutesFolder);
    const { minutesFolder, ...main } = decoded.main;
    this.minutesFolder = minutesFolder;
    this.diskMain = main;
    return main;
  }

  /** The second half of `read`: every minutes file of the folder the main file names. */
  async readMinutes(): Promise<Minutes[]> {
    const folder = this.minutesFolder;
    if (!folder) return [];
    const minutes = await this.readMinutesFolder(folder);
    await this.removeOtherFolders(folder);
    for (const m of minutes) this.diskMinutes.set(m.id, m);
    return minutes;
  }

  /**
   * Writes what differs from the disk: the changed and new minutes files, the removal of deleted ones,
   * then the main file. A document counts as written, and as on disk, as soon as its own file is.
   */
  async write(data: StoreData): Promise<void> {
    if (!this.diskMain || !this.minutesFolder) return this.replaceAll(data);
    const folder = this.minutesFolder;
    const ids = new Set<string>();
    for (const minutes of data.minutes) {
      ids.add(minutes.id);
      if (this.diskMinutes.get(minutes.id) === minutes && !this.forced.has(minutes.id)) continue;
      await this.afterWrite(
        () => this.minutesFile(folder, minutes.id).write(encodeMinutesFileBytes(minutes)),
        () => {
          this.diskMinutes.set(minutes.id, minutes);
          this.forced.delete(minutes.id);
        },
      );
    }
    const removed = [...this.diskMinutes.keys()].filter((id) => !ids.has(id));
    for (const id of removed) {
      await this.fs.unlink(this.minutesFile(folder, id).path).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw error;
      });
      this.diskMinutes.delete(id);
      this.minutesFiles.delete(id);
    }
    if (removed.length > 0) await syncFolder(this.fs, join(this.dataDir, folder));
    const { minutes: _minutes, ...main } = data;
    if (this.forced.has(DATA_FILE_NAME) || !sameParts(this.diskMain, main)) {
      await this.afterWrite(
        () => this.main.write(encodeMainFileBytes(data, folder)),
        () => {
          this.diskMain = main;
          this.forced.delete(DATA_FILE_NAME);
        },
      );
    }
  }

  /** Lays out `data` in full in a new minutes folder, then switches the main file to it (see the header). */
  async replaceAll(data: StoreData): Promise<void> {
    const folder = `minutes-${(await this.highestGeneration()) + 1}`;
    const folderPath = join(this.dataDir, folder);
    await this.fs.mkdir(folderPath);
    // Several files at a time: each waits for its own fsync, and the disk can take them together. Each
    // file is known by what was written to it, so the next save of that minutes sees no change by another program.
    const waiting = [...data.minutes];
    const written = new Map<string, DurableFile>();
    const writeNext = async (): Promise<void> => {
      for (let minutes = waiting.shift(); minutes; minutes = waiting.shift()) {
        const file = new DurableFile(this.fs, join(folderPath, `${minutes.id}.json`));
        const bytes = encodeMinutesFileBytes(minutes);
        const handle = await this.fs.open(file.path, 'w');
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        file.holds(bytes);
        written.set(minutes.id, file);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_WRITES }, writeNext));
    await syncFolder(this.fs, folderPath);
    await this.afterWrite(
      () => this.main.write(encodeMainFileBytes(data, folder)),
      () => {
        this.forget();
        this.minutesFolder = folder;
        const { minutes, ...main } = data;
        this.diskMain = main;
        for (const m of minutes) this.diskMinutes.set(m.id, m);
        for (const [id, file] of written) this.minutesFiles.set(id, file);
      },
    );
    // The switch is done; a folder this fails to remove is removed at the next load.
    await this.removeOtherFolders(folder);
  }

  /** The store as it is on disk, document by document: what memory goes back to after a failed write. */
  onDisk(): StoreData | null {
    if (!this.diskMain) return null;
    return { ...this.diskMain, minutes: [...this.diskMinutes.values()] };
  }

  /** True when the main part of `data` is what the main file holds (after `replaceAll` failed, whether it switched). */
  holdsMainOf(data: StoreData): boolean {
    const { minutes: _minutes, ...main } = data;
    return this.diskMain !== null && sameParts(this.diskMain, main);
  }

  /** The files another program has changed since this store read or wrote them. */
  async changedFiles(): Promise<DurableFile[]> {
    const changed: DurableFile[] = [];
    for (const file of [this.main, ...this.minutesFiles.values()]) {
      if (await file.changedOnDisk()) changed.push(file);
    }
    return changed;
  }

  /** Takes the changed files' disk contents as known and writes memory's version over them at the next write. */
  async overwriteChanged(files: DurableFile[]): Promise<void> {
    for (const file of files) {
      await file.acceptDisk();
      if (file === this.main) this.forced.add(DATA_FILE_NAME);
      for (const [id, minutesFile] of this.minutesFiles) if (minutesFile === file) this.forced.add(id);
    }
  }

  /**
   * Runs a file's write, then `written`; also when only syncing the folder after the rename failed, since
   * the file then holds the new content: the error still reaches the user, and memory matches the file.
   */
  private async afterWrite(write: () => Promise<void>, written: () => void): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (failedAfterRename(error)) written();
      throw error;
    }
    written();
  }

  private minutesFile(folder: string, id: string): DurableFile {
    let file = this.minutesFiles.get(id);
    if (!file) {
      file = new DurableFile(this.fs, join(this.dataDir, folder, `${id}.json`));
      this.minutesFiles.set(id, file);
    }
    return file;
  }

  private async readMinutesFolder(folder: string): Promise<Minutes[]> {
    const minutes: Minutes[] = [];
    await this.eachMinutesFile(folder, (bytes, id) => {
      const decoded = decodeMinutesFile(bytes.toString('utf8'));
      if (decoded.id !== id) throw new StoreFileProblem({ kind: 'invalid', message: sv.problems.minutesFileMisnamed });
      // Kept as bytes until read: most minutes are not opened in a session (see compactBodies.ts).
      minutes.push(compactMinutes(decoded));
    });
    return minutes.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  /**
   * Reads each minutes file of `folder` and hands its bytes to `take` in name order; a file `take` refuses,
   * or that cannot be read, is named in the problem (the first in name order). The next few files are
   * read while one is decoded, so the disk's waits overlap the decoding. A temp file a crash left between
   * write and rename is removed.
   */
  private async eachMinutesFile(
    folder: string,
    take: (bytes: Buffer, id: string) => void,
  ): Promise<void> {
    const folderPath = join(this.dataDir, folder);
    let names: string[];
    try {
      names = await this.fs.readdir(folderPath);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') throw problemIn(folder, new StoreFileProblem({ kind: 'invalid', message: sv.problems.minutesFolderMissing }));
      throw error;
    }
    const files: Array<{ name: string; id: string; file: DurableFile }> = [];
    for (const name of names.sort()) {
      const id = MINUTES_FILE_PATTERN.exec(name)?.[1];
      if (id) files.push({ name, id, file: this.minutesFile(folder, id) });
      // Any other file is not ours to touch.
      else if (name.endsWith('.tmp')) await this.fs.unlink(join(folderPath, name)).catch(() => undefined);
    }
    // The reads begun and not yet taken, in name order: a file's bytes are let go once it is decoded.
    const reads: Array<Promise<Buffer | null>> = [];
    let begun = 0;
    for (const [i, { name, id, file }] of files.entries()) {
      for (; begun < files.length && begun <= i + READ_AHEAD; begun++) {
        const read = files[begun]!.file.read();
        // Seen when its turn comes; a read ahead of a file that stops the load is never awaited.
        read.catch(() => undefined);
        reads.push(read);
      }
      this.lastReadPath = file.path;
      const bytes = await reads.shift()!;
      if (!bytes) continue;
      try {
        take(bytes, id);
      } catch (error) {
        throw problemIn(`${folder}/${name}`, error);
      }
    }
  }

  /** An older version's data folder: its main file and minutes files, migrated together as one store. */
  private async readOlderFolder(main: RawStore, folder: string): Promise<StoreData> {
    const minutes: unknown[] = [];
    await this.eachMinutesFile(folder, (bytes) => {
      minutes.push(decodeOlderMinutesFile(bytes.toString('utf8'), main.schemaVersion));
    });
    this.lastReadPath = this.mainFile;
    const data = decodeOlderFolder(main, minutes);
    this.olderVersionBytes = Buffer.from(JSON.stringify({ ...main, minutes }));
    return data;
  }

  private async generations(): Promise<Array<{ name: string; number: number }>> {
    const names = await this.fs.readdir(this.dataDir);
    return names.flatMap((name) => {
      const match = MINUTES_FOLDER_PATTERN.exec(name);
      return match ? [{ name, number: Number(match[1]) }] : [];
    });
  }

  private async highestGeneration(): Promise<number> {
    return Math.max(0, ...(await this.generations()).map((g) => g.number));
  }

  private async removeOtherFolders(current: string): Promise<void> {
    const others = await this.generations().catch(() => []);
    for (const { name } of others) {
      if (name !== current) await this.removeFolder(name).catch(() => undefined);
    }
  }

  private async removeFolder(folder: string): Promise<void> {
    const folderPath = join(this.dataDir, folder);
    for (const name of await this.fs.readdir(folderPath)) await this.fs.unlink(join(folderPath, name));
    await this.fs.rmdir(folderPath);
  }

  private forget(): void {
    this.olderVersionBytes = null;
    this.minutesFolder = null;
    this.diskMain = null;
    this.diskMinutes.clear();
    this.minutesFiles.clear();
    this.forced.clear();
  }
}

function sameParts(a: MainPart, b: MainPart): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof MainPart>;
  return [...keys].every((key) => a[key] === b[key]);
}

/** A minutes file's problem, with the file named so the user knows which one. */
function problemIn(fileName: string, error: unknown): unknown {
  if (!(error instanceof StoreFileProblem)) return error;
  return new StoreFileProblem({ ...error.problem, message: sv.problems.inFile(fileName, error.problem.message) });
}
