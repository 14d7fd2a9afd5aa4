/**
 * Times of day as stored: `HH:mm` in Swedish local time, compared as text; formatted the Swedish
 * way ("10.00", or "10" and "15.30" in the web page's short style).
 */
import { z } from 'zod';

const PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export const clockTimeSchema = z.string().regex(PATTERN, { error: 'Ange en tid som TT:MM, till exempel 10:00.' });

/** "10.00" */
export function formatTime(time: string): string {
  return time.replace(':', '.');
}

/** "10" for a whole hour, else "15.30" — the style of the group's web page. */
export function formatShortTime(time: string): string {
  const [hours, minutes] = time.split(':');
  return minutes === '00' ? String(Number(hours)) : `${Number(hours)}.${minutes}`;
}
