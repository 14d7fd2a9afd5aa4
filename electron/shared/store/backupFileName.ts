/**
 * The name of a backup file, `ros-data-<ISO instant with : and . as ->-<reason>.json`: made, read back
 * and validated from one pattern, so the store that writes backups and the IPC contract that accepts a
 * name to restore cannot disagree about what a backup is called.
 */
import { z } from 'zod';
import { backupReasonSchema, type BackupReason } from './status';

const NAME_PATTERN = /^ros-data-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.json$/;

/** A backup's file name as it may cross IPC: the pattern only, so no path can ride along. */
export const backupFileNameSchema = z.string().regex(NAME_PATTERN);

export function backupFileName(at: Date, reason: BackupReason): string {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-');
  return `ros-data-${stamp}-${reason}.json`;
}

/** The instant and reason in a backup's name; null for any other file. */
export function parseBackupFileName(name: string): { createdAt: Date; reason: BackupReason } | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, day, hh, mm, ss, ms, reason] = match;
  const parsedReason = backupReasonSchema.safeParse(reason);
  if (!parsedReason.success) return null;
  return { createdAt: new Date(`${day}T${hh}:${mm}:${ss}.${ms}Z`), reason: parsedReason.data };
}
