/**
 * Shapes that describe the store's condition to the user: why a file could not be opened,
 * the backups on disk, and whether the app is ready or showing the recovery screen.
 */
import { z } from 'zod';

export const storeProblemKinds = [
  'empty', 'unparsable', 'foreign', 'future', 'invalid', 'unreadable',
  /** A symlink whose target is missing; no new store is made in its place. */
  'danglingLink',
  /** A folder, a FIFO or a device where the data file should be. */
  'notAFile',
  /** A key this version does not know, inside a record of the file. */
  'unknownKey',
] as const;
export const storeProblemSchema = z.object({
  kind: z.enum(storeProblemKinds),
  /** A Swedish sentence for the recovery screen. */
  message: z.string(),
});
export type StoreProblem = z.infer<typeof storeProblemSchema>;

export const backupReasons = ['session', 'hourly', 'before-restore', 'conflict', 'before-upgrade'] as const;
export const backupReasonSchema = z.enum(backupReasons);
export type BackupReason = z.infer<typeof backupReasonSchema>;

export const backupInfoSchema = z.object({
  fileName: z.string(),
  /** ISO instant the backup was taken. */
  createdAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  reason: backupReasonSchema,
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const storeStatusSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('ready'),
    /** ISO instant of the last successful save in this session, or null before the first. */
    lastSavedAt: z.string().nullable(),
    /** The file on disk was changed by another program since the app read it. */
    externalChange: z.boolean(),
  }),
  z.object({
    state: z.literal('recovery'),
    problem: storeProblemSchema,
  }),
]);
export type StoreStatus = z.infer<typeof storeStatusSchema>;
