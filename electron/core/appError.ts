/**
 * The one exception type the core throws on purpose: a code and a Swedish message, turned into
 * `{ ok: false, error }` at the IPC boundary.
 */
import type { ErrorCode } from '../shared/ipc/result';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The form field the error belongs to, if any. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
