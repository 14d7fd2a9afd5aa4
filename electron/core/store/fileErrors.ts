/**
 * Swedish explanations of file-system errors (ENOSPC → "Disken är full.") for save and load messages.
 */
import { sv } from '../../shared/i18n/sv';
import { errorCode } from './fileSystem';

export function describeFileError(error: unknown): string {
  const code = errorCode(error);
  if (code && code in sv.fileErrors && code !== 'unknown') {
    return sv.fileErrors[code as Exclude<keyof typeof sv.fileErrors, 'unknown'>];
  }
  return sv.fileErrors.unknown(code ?? (error instanceof Error ? error.message : String(error)));
}
