/**
 * Which backups to keep: the 20 newest, plus the newest of each day for the last 30 days.
 * Pure, so the rule is tested on dates alone.
 */
import { differenceInCalendarDays, format } from 'date-fns';

export const KEEP_NEWEST = 20;
export const KEEP_DAILY_FOR_DAYS = 30;
export const BACKUP_INTERVAL_MS = 60 * 60 * 1000;

export interface DatedBackup {
  fileName: string;
  createdAt: Date;
}

export function backupsToDelete(backups: readonly DatedBackup[], now: Date): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set(newestFirst.slice(0, KEEP_NEWEST).map((b) => b.fileName));
  const daysSeen = new Set<string>();
  for (const backup of newestFirst) {
    const day = format(backup.createdAt, 'yyyy-MM-dd');
    if (daysSeen.has(day)) continue;
    daysSeen.add(day);
    if (differenceInCalendarDays(now, backup.createdAt) < KEEP_DAILY_FOR_DAYS) keep.add(backup.fileName);
  }
  return newestFirst.filter((b) => !keep.has(b.fileName)).map((b) => b.fileName);
}
