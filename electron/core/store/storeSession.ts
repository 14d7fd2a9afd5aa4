/**
 * One open data folder: the lowdb database on the durable adapter, the save queue, the backup rhythm
 * (before the first write of a session, then at most hourly), detection of changes made by other
 * programs, restoring a backup, and the recovery state for a file that cannot be used. A file that
 * fails to load is never written to: every change is refused until the user chooses what to do.
 */
import { join } from 'node:path';
import { Low } from 'lowdb';
import { createEmptyStore, type StoreData } from '../../shared/store/schema';
import type { BackupInfo, StoreProblem, StoreStatus } from '../../shared/store/status';
import { sv } from '../../shared/i18n/sv';
import { AppError } from '../appError';
import { removeStaleTempFiles, atomicWriteFile } from './atomicWrite';
import { Backups } from './backups';
import { BACKUP_INTERVAL_MS } from './backupPolicy';
import { DurableJsonFile } from './durableJsonFile';
import { describeFileError } from './fileErrors';
import { errorCode, type FileSystem } from './fileSystem';
import { decodeStoreOrRefuse, encodeStoreBytes, StoreFileProblem } from './storeCodec';

export const DATA_FILE_NAME = 'ros-data.json';

export interface StoreSessionOptions {
  fs: FileSystem;
  dataDir: string;
  now?: () => Date;
}

export class StoreSession {
  readonly dataFile: string;
  readonly backups: Backups;
  private readonly fs: FileSystem;
  private readonly now: () => Date;
  private readonly adapter: DurableJsonFile;
  private readonly db: Low<StoreData>;
  private problem: StoreProblem | null = null;
  private externalChange = false;
  private lastSavedAt: Date | null = null;
  private lastBackupAt: Date | null = null;
  private queuedSave: Promise<void> | null = null;
  private saveChain: Promise<unknown> = Promise.resolve();

  private constructor(options: StoreSessionOptions) {
    this.fs = options.fs;
    this.now = options.now ?? (() => new Date());
    this.dataFile = join(options.dataDir, DATA_FILE_NAME);
    this.backups = new Backups(this.fs, this.dataFile, this.now);
    this.adapter = new DurableJsonFile(this.fs, this.dataFile);
    this.db = new Low(this.adapter, createEmptyStore());
  }

  static async open(options: StoreSessionOptions): Promise<StoreSession> {
    const session = new StoreSession(options);
    await session.load(options.dataDir);
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

  /** The data in memory; refused while the file needs recovery. */
  get data(): StoreData {
    this.assertReady();
    return this.db.data;
  }

  /** Changes the data in memory, then saves. The change stays in memory even when the save fails. */
  async update(change: (data: StoreData) => void): Promise<void> {
    this.assertReady();
    change(this.db.data);
    await this.save();
  }

  /** Writes the data in memory; calls made while a write runs share the next write. */
  save(): Promise<void> {
    this.assertReady();
    if (this.queuedSave) return this.queuedSave;
    const next = this.saveChain.then(() => {
      this.queuedSave = null;
      return this.writeNow();
    });
    this.queuedSave = next;
    this.saveChain = next.catch(() => undefined);
    return next;
  }

  /** After another program changed the file: keep the version in memory, or take the one on disk. */
  async resolveConflict(choice: 'keepMine' | 'useDisk'): Promise<void> {
    this.assertReady();
    await this.saveChain;
    if (choice === 'keepMine') {
      await this.guard(() => this.backups.backUpDataFile('conflict'));
      await this.guard(() => this.adapter.acceptDisk());
      this.externalChange = false;
      await this.save();
    } else {
      await this.guard(() => this.backups.save(encodeStoreBytes(this.db.data), 'conflict'));
      this.externalChange = false;
      await this.load();
    }
  }

  /** Replaces the data file with a backup, after backing up the current file byte for byte. */
  async restore(fileName: string): Promise<void> {
    await this.saveChain;
    const bytes = await this.readBackup(fileName);
    await this.replaceWith(bytes, (message) => new AppError('BACKUP_DAMAGED', sv.errors.backupDamaged(message)));
  }

  /**
   * Replaces the data file with `bytes`, a whole store file (a backup, an archive's data), after backing
   * up the current file byte for byte. Bytes that are not a usable store are refused with `refuse`.
   */
  async replaceWith(bytes: Uint8Array, refuse: (problem: string) => AppError): Promise<void> {
    await this.saveChain;
    decodeStoreOrRefuse(bytes, refuse);
    await this.guard(async () => {
      await this.backups.backUpDataFile('before-restore');
      await atomicWriteFile(this.fs, this.dataFile, bytes);
    });
    this.lastBackupAt = this.now();
    this.externalChange = false;
    await this.load();
  }

  listBackups(): Promise<BackupInfo[]> {
    return this.guard(() => this.backups.list());
  }

  private async load(dataDir?: string): Promise<void> {
    this.problem = null;
    try {
      if (dataDir) {
        await this.fs.mkdir(dataDir);
        await removeStaleTempFiles(this.fs, this.dataFile);
      }
      const found = await this.adapter.read();
      if (found) {
        this.db.data = found;
        return;
      }
      this.db.data = createEmptyStore();
    } catch (error) {
      this.problem =
        error instanceof StoreFileProblem
          ? error.problem
          : { kind: 'unreadable', message: sv.problems.unreadable(describeFileError(error)) };
      return;
    }
    // A new folder: create the file now, so the user sees where the data lives.
    await this.save().catch(() => undefined);
  }

  private async writeNow(): Promise<void> {
    if (this.externalChange) throw new AppError('EXTERNAL_CHANGE', sv.errors.externalChange);
    if (await this.guard(() => this.adapter.changedOnDisk())) {
      this.externalChange = true;
      throw new AppError('EXTERNAL_CHANGE', sv.errors.externalChange);
    }
    await this.backUpIfDue();
    await this.guard(() => this.db.write());
    this.lastSavedAt = this.now();
  }

  private async backUpIfDue(): Promise<void> {
    const now = this.now();
    if (this.lastBackupAt && now.getTime() - this.lastBackupAt.getTime() < BACKUP_INTERVAL_MS) return;
    let copied: boolean;
    try {
      copied = await this.backups.backUpDataFile(this.lastBackupAt ? 'hourly' : 'session');
    } catch (error) {
      throw new AppError('SAVE_FAILED', sv.errors.backupFailed(describeFileError(error)));
    }
    // Nothing to copy before the file exists; the first write after its creation takes the copy.
    if (copied) this.lastBackupAt = now;
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
