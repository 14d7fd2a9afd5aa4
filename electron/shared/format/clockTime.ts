/**
 * Times of day as stored: `HH:mm` in Swedish local time, compared as text; formatted the Swedish
 * way ("10.00", or "10" and "15.30" in the web page's short style). Their schema is in `dateSchemas.ts`.
 */

/** "10.00" */
export function formatTime(time: string): string {
  return time.replace(':', '.');
}

/** "10" for a whole hour, else "15.30" — the style of the group's web page. */
export function formatShortTime(time: string): string {
  const [hours, minutes] = time.split(':');
  return minutes === '00' ? String(Number(hours)) : `${Number(hours)}.${minutes}`;
}
