// Which backups survive pruning: the 20 newest, plus the newest of each (local) day for 30 days.
// npm test runs this file again under other time zones.
import { describe, expect, it } from 'vitest';
import { backupsToDelete } from '../../electron/core/store/backupPolicy';

const at = (month: number, day: number, hour: number, minute = 0) => {
  const createdAt = new Date(2026, month - 1, day, hour, minute);
  return { fileName: `${month}-${day}-${hour}-${minute}`, createdAt };
};

describe('backup pruning', () => {
  it('keeps everything while there are 20 or fewer', () => {
    const backups = Array.from({ length: 20 }, (_, i) => at(1, 1, i));
    expect(backupsToDelete(backups, new Date(2026, 0, 1, 23))).toEqual([]);
  });

  it('keeps the 20 newest and the newest of each older day within 30 days', () => {
    const sameDay = Array.from({ length: 25 }, (_, i) => at(3, 10, 10, i));
    const earlier = [at(3, 1, 0, 30), at(3, 1, 23, 30), at(1, 5, 12)];
    const deleted = backupsToDelete([...sameDay, ...earlier], new Date(2026, 2, 10, 12));
    // The five oldest of 10 March go (a newer one of that day is kept), 1 March keeps its newest,
    // and January is more than 30 days back.
    expect(deleted.sort()).toEqual(
      ['3-10-10-0', '3-10-10-1', '3-10-10-2', '3-10-10-3', '3-10-10-4', '3-1-0-30', '1-5-12-0'].sort(),
    );
  });
});
