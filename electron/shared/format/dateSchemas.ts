/**
 * The zod schemas of dates and times of day: as entered in a form (a real date, a real time) and as
 * stored (only their form checked on load). Apart from the helpers in `isoDate.ts` and `clockTime.ts`,
 * which the first screen reads without loading zod.
 */
import { z } from 'zod';
import { ISO_DATE_PATTERN, parseIsoDate } from './isoDate';

export const isoDateSchema = z.string().refine((value) => parseIsoDate(value) !== null, {
  error: 'Ange ett datum som finns, till exempel 2024-06-13.',
});

/** A date as stored: already checked when it was entered, so only its form is checked on load. */
export const storedDateSchema = z.string().regex(ISO_DATE_PATTERN);

export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Ange en tid som TT:MM, till exempel 10:00.' });
