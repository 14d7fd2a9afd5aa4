/**
 * Calendar dates as stored: `yyyy-MM-dd` strings, checked to be real dates (no 30 February), parsed
 * and compared without ever going through UTC (`new Date('2024-06-13')` would shift the day). Their
 * schemas are in `dateSchemas.ts`.
 */
import { format, isValid, parse } from 'date-fns';

export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function parseIsoDate(value: string): Date | null {
  if (!ISO_DATE_PATTERN.test(value)) return null;
  const date = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(date) ? date : null;
}

/** Today's date on this computer as `yyyy-MM-dd`. */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}
