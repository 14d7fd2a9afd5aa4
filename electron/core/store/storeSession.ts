/**
 * One open data folder: the lowdb database on the folder adapter, changes applied one at a time, the
 * backup rhythm (before the first write of a session, then at most hourly), detection of changes made by
 * other programs, restoring a backup, and the recovery state for a file that cannot be used. A file that
 * fails to load is never written to: every change is refused until the user chooses what to do.
 *
 * Memory always holds what is on disk: a change is made on a copy (immer, sharing every unchanged
 * document), written, and only then becomes the data; when the write fails, memory goes back to what the
 * disk holds, document by document, so a retry starts from the truth and a create is never made twice.
 */
import { Low } from 'lowdb';
import { produce } from 'immer';
import { createEmptyStore, type StoreData } from '../../shared/store/schema';
import type { BackupInfo, BackupReason, StoreProblem, StoreStatus } from '../../shared/store/status';
import { sv } from '../../shared/i18n/sv';
import { AppError } from '../appError';
import { Backups } from './backups';
import { BACKUP_INTERVAL_MS } from './backupPolicy';
import { describeFileError } from './fileErrors';
import { errorCode, type FileSystem } from './fileSystem';
import { DATA_FILE_NAME, FolderStore, type MainPart } from './folderStore';
import { ExternalChangeError } from './durableFile';
import { decodeStoreOrRefuse, encodeStoreParts, StoreFileProblem } from './storeCodec';

export { DATA_FILE_NAME };

export interface StoreSessionOptions {
  fs: FileSystem;
  dataDir: string;
  now?: () => Date;
  /** Open as soon as the main file is read, and read the minutes after (the app's first screen needs none). */
  minutesInBackground?: boolean;
}

export class StoreSession {
  readonly dataFile: string;
  readonly backups: Backups;
  private readonly fs: FileSystem;
  private readonly dataDir: string;
  private readonly now: () => Date;
  private readonly adapter: FolderStore;
  private readonly db: Low<StoreData>;
  private problem: StoreProblem | null = null;
  private externalChange = false;
  private lastSavedAt: Date | null = null;
  private lastBackupAt: Date | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private minutesLoading: Promise<void> | null = null;

  private constructor(options: StoreSessionOptions) {
    this.fs = options.fs;
    this.dataDir = options.dataDir;
    this.now = options.now ?? (() => new Date());
    this.adapter = new FolderStore(this.fs, options.dataDir);
    this.dataFile = this.adapter.mainFile;
    this.backups = new Backups(this.fs, options.dataDir, this.now);
    this.db = new Low(this.adapter, createEmptyStore());
  }

  static async open(options: StoreSessionOptions): Promise<StoreSession> {
    const session = new StoreSession(options);
    await session.load(true);
    if (!options.minutesInBackground) await session.whenLoaded();
    return session;
  }

  status(): StoreStatus {
    if (this.problem) return { state: 'recovery', problem: this.problem };
    return {
      state: 'ready',
      lastSavedAt: this.lastSavedAt?.toISOString() ?? null,
      externalChange: this.externalChange,
    };
  }

  /** The data, as it is on disk; refused while the folder needs recovery. Never edit it in place. */
  get data(): StoreData {
    this.assertReady();
    return this.db.data;
  }

  /**
   * Makes `change` on a copy of the data and writes it; the copy becomes the data once it is on disk.
   * Changes run one at a time, in the order they were asked for.
   */
  async update(change: (data: StoreData) => void): Promise<void> {
    this.assertReady();
    return this.enqueue(async () => {
      this.assertReady();
      const next = produce(this.db.data, (draft) => {
        change(draft);
      });
      if (next !== this.db.data) await this.writeData(next);
    });
  }

  /** Writes whatever in memory is not yet on disk (a new folder's first file, a version kept in a conflict). */
  save(): Promise<void> {
    this.assertReady();
    return this.enqueue(() => this.writeData(this.db.data));
  }

  /** After another program changed a file: keep the version in memory, or take the one on disk. */
  resolveConflict(choice: 'keepMine' | 'useDisk'): Promise<void> {
    this.assertReady();
    return this.enqueue(async () => {
      if (choice === 'keepMine') {
        const changed = await this.guard(() => this.adapter.changedFiles());
        await this.guard(() => this.backUpDisk('conflict'));
        await this.guard(() => this.adapter.overwriteChanged(changed));
        this.externalChange = false;
        await this.writeData(this.db.data);
      } else {
        await this.guard(() => this.backups.save(encodeStoreParts(this.db.data), 'conflict'));
        this.externalChange = false;
        await this.load(false);
      }
    });
  }

  /** Replaces the data with a backup, after backing up what is on disk. */
  async restore(fileName: string): Promise<void> {
    const bytes = await this.readBackup(fileName);
    await this.replaceWith(bytes, (message) => new AppError('BACKUP_DAMAGED', sv.errors.backupDamaged(message)));
  }

  /**
   * Replaces the data with `bytes`, a whole store (a backup, an archive's data), after backing up what
   * is on disk. Bytes that are not a usable store are refused with `refuse`.
   */
  replaceWith(bytes: Uint8Array, refuse: (problem: string) => AppError): Promise<void> {
    return this.enqueue(async () => {
      const data = decodeStoreOrRefuse(bytes, refuse);
      try {
        await this.guard(async () => {
          await this.backUpDisk('before-restore');
          await this.adapter.replaceAll(data);
        });
      } catch (error) {
        // Failing only after the switch (syncing the folder), the data is replaced: memory follows the disk.
        if (this.adapter.holdsMainOf(data)) {
          this.db.data = data;
          this.problem = null;
        }
        throw error;
      }
      this.lastBackupAt = this.now();
      this.externalChange = false;
      await this.load(false);
    });
  }

  listBackups(): Promise<BackupInfo[]> {
    return this.guard(() => this.backups.list());
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Reads the main file now and, on opening, the minutes after it, in the background: the first screen
   * needs only the main file. Every change waits in the queue behind the minutes, and `data` refuses to
   * show minutes before they are read (`whenLoaded` tells the IPC layer when they are). A reload inside a
   * change (a restore, the disk's version in a conflict) reads everything before it ends.
   */
  private async load(newSession: boolean): Promise<void> {
    this.problem = null;
    this.minutesLoading = null;
    let found: Awaited<ReturnType<FolderStore['readMain']>>;
    try {
      if (newSession) await this.fs.mkdir(this.dataDir);
      found = await this.adapter.readMain();
    } catch (error) {
      this.fail(error);
      return;
    }
    // A store made now has nothing to back up yet: the first backup comes an hour into its life.
    if (!found) this.lastBackupAt = this.now();
    if (found && !('minutes' in found)) {
      this.db.data = withMinutesNotRead(found);
      const loading = this.adapter.readMinutes().then(
        (minutes) => void (this.db.data = { ...found, minutes }),
        (error: unknown) => this.fail(error),
      );
      if (!newSession) return loading;
      this.minutesLoading = loading;
      this.queue = loading;
      return;
    }
    this.db.data = found ?? createEmptyStore();
    // A new folder gets its files now, so the user sees where the data lives; an older version's single
    // file is laid out as a folder now. Should that fail, the next change tries again.
    if (newSession && !this.adapter.onDisk()) await this.writeData(this.db.data).catch(() => undefined);
  }

  /** Resolves when the whole folder is read (or could not be: then `status` says so). */
  whenLoaded(): Promise<void> {
    return this.minutesLoading ?? Promise.resolve();
  }

  private fail(error: unknown): void {
    this.problem =
      error instanceof StoreFileProblem
        ? error.problem
        : { kind: 'unreadable', message: sv.problems.unreadable(describeFileError(error)) };
  }

  private async writeData(next: StoreData): Promise<void> {
    if (this.externalChange) throw new AppError('EXTERNAL_CHANGE', sv.errors.externalChange);
    const before = this.db.data;
    try {
      await this.upgradeOldLayout();
      await this.backUpIfDue();
      this.db.data = next;
      await this.db.write();
    } catch (error) {
      this.db.data = this.adapter.onDisk() ?? before;
      if (error instanceof ExternalChangeError) this.externalChange = true;
      if (error instanceof AppError) throw error;
      throw new AppError('SAVE_FAILED', describeFileError(error));
    }
    this.lastSavedAt = this.now();
  }

  /** Before the single file of an older version is laid out as a folder, it is kept as a backup. */
  private async upgradeOldLayout(): Promise<void> {
    const oldFile = this.adapter.olderVersionBytes;
    if (!oldFile) return;
    await this.backups.save(oldFile, 'before-upgrade');
    await this.adapter.replaceAll(this.db.data);
    this.lastBackupAt = this.now();
  }

  private async backUpIfDue(): Promise<void> {
    const now = this.now();
    if (this.lastBackupAt && now.getTime() - this.lastBackupAt.getTime() < BACKUP_INTERVAL_MS) return;
    const onDisk = this.adapter.onDisk();
    // Nothing to copy before the folder has its files; the first write after that takes the copy.
    if (!onDisk) return;
    try {
      await this.backups.save(encodeStoreParts(onDisk), this.lastBackupAt ? 'hourly' : 'session');
    } catch (error) {
      throw new AppError('SAVE_FAILED', sv.errors.backupFailed(describeFileError(error)));
    }
    this.lastBackupAt = now;
  }

  /**
   * Backs up what is on disk now, read afresh: the whole store, or, when a file of it cannot be used, that
   * file byte for byte.
   */
  private async backUpDisk(reason: BackupReason): Promise<void> {
    const fresh = new FolderStore(this.fs, this.dataDir);
    let data: StoreData | null;
    try {
      data = await fresh.read();
    } catch (error) {
      if (!(error instanceof StoreFileProblem)) throw error;
      await this.backups.backUpFile(fresh.lastReadPath, reason);
      return;
    }
    if (data) await this.backups.save(fresh.olderVersionBytes ?? encodeStoreParts(data), reason);
  }

  private async readBackup(fileName: string): Promise<Buffer> {
    try {
      return await this.backups.read(fileName);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') throw new AppError('NOT_FOUND', sv.errors.backupNotFound);
      throw new AppError('SAVE_FAILED', describeFileError(error));
    }
  }

  /** Runs a file operation, turning a file-system error into a Swedish `SAVE_FAILED`. */
  private async guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('SAVE_FAILED', describeFileError(error));
    }
  }

  private assertReady(): void {
    if (this.problem) throw new AppError('STORE_UNAVAILABLE', sv.errors.storeUnavailable);
  }
}

/** The main file's data, whose minutes throw until read: a screen served before then must not need them. */
function withMinutesNotRead(main: MainPart): StoreData {
  return Object.defineProperty({ ...main }, 'minutes', {
    enumerable: false,
    get: () => {
      throw new AppError('INTERNAL', sv.errors.internal);
    },
  }) as StoreData;
}
