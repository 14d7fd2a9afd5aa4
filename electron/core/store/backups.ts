/**
 * The `backups/` folder of the data folder: storing a whole store (or a file's bytes as they are, for a
 * file that cannot be read as one), durably; listing the copies with date, size and reason, reading one
 * back, and pruning by `backupPolicy`.
 */
import { join } from 'node:path';
import type { BackupInfo, BackupReason } from '../../shared/store/status';
import { backupFileName, backupFileNameSchema, parseBackupFileName } from '../../shared/store/backupFileName';
import { atomicWriteFile } from './atomicWrite';
import { errorCode, type FileData, type FileSystem } from './fileSystem';
import { backupsToDelete } from './backupPolicy';

export class Backups {
  readonly folder: string;

  constructor(
    private readonly fs: FileSystem,
    dataDir: string,
    private readonly now: () => Date,
  ) {
    this.folder = join(dataDir, 'backups');
  }

  /** Copies a file byte for byte as it is on disk. Returns false when there is no such file. */
  async backUpFile(path: string, reason: BackupReason): Promise<boolean> {
    let bytes: Buffer;
    try {
      bytes = await this.fs.readFile(path);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return false;
      throw error;
    }
    await this.save(bytes, reason);
    return true;
  }

  /** Stores the given bytes as a backup. */
  async save(content: FileData, reason: BackupReason): Promise<void> {
    await this.fs.mkdir(this.folder);
    await atomicWriteFile(this.fs, join(this.folder, backupFileName(this.now(), reason)), content);
    await this.prune();
  }

  /** Newest first. */
  async list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.folder);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const infos: BackupInfo[] = [];
    for (const name of names) {
      const parsed = parseBackupFileName(name);
      if (!parsed) continue;
      const stat = await this.fs.stat(join(this.folder, name));
      infos.push({ fileName: name, createdAt: parsed.createdAt.toISOString(), sizeBytes: stat.size, reason: parsed.reason });
    }
    return infos.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async read(fileName: string): Promise<Buffer> {
    backupFileNameSchema.parse(fileName);
    return this.fs.readFile(join(this.folder, fileName));
  }

  private async prune(): Promise<void> {
    const dated = (await this.list()).map((b) => ({ fileName: b.fileName, createdAt: new Date(b.createdAt) }));
    for (const fileName of backupsToDelete(dated, this.now())) {
      await this.fs.unlink(join(this.folder, fileName));
    }
  }
}
