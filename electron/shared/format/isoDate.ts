/**
 * Calendar dates as stored: `yyyy-MM-dd` strings, checked to be real dates (no 30 February), parsed
 * and compared without ever going through UTC (`new Date('2024-06-13')` would shift the day).
 */
import { format, isValid, parse } from 'date-fns';
import { z } from 'zod';

const PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function parseIsoDate(value: string): Date | null {
  if (!PATTERN.test(value)) return null;
  const date = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(date) ? date : null;
}

export const isoDateSchema = z.string().refine((value) => parseIsoDate(value) !== null, {
  error: 'Ange ett datum som finns, till exempel 2024-06-13.',
});

/** A date as stored: already checked when it was entered, so only its form is checked on load. */
export const storedDateSchema = z.string().regex(PATTERN);

/** Today's date on this computer as `yyyy-MM-dd`. */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}
