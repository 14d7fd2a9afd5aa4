/**
 * What every IPC call returns: a value or a Swedish error, never a thrown exception across the boundary.
 */
import { z } from 'zod';

export const errorCodes = [
  'INVALID_INPUT',
  'SAVE_FAILED',
  'EXTERNAL_CHANGE',
  'BASE_CHANGED',
  'STORE_UNAVAILABLE',
  'NOT_FOUND',
  'BACKUP_DAMAGED',
  'DUPLICATE',
  'IN_USE',
  'LOCKED',
  'INVALID_URL',
  'FORBIDDEN',
  'UNKNOWN_CHANNEL',
  'SPELLING_UNAVAILABLE',
  'INTERNAL',
] as const;
export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  /** The form field the error belongs to, when it belongs to one. */
  field: z.string().optional(),
});
export type AppErrorInfo = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorInfo };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string, field?: string): Result<T> {
  return { ok: false, error: field ? { code, message, field } : { code, message } };
}
