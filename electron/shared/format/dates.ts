/**
 * Swedish date and time formatting with date-fns and the `sv` locale, for the screens and the documents.
 * Times use the Swedish style with a period ("14.32").
 */
import { format, parseISO } from 'date-fns';
import { sv } from 'date-fns/locale';

/** "14.32" */
export function formatClock(instant: Date | string): string {
  return format(toDate(instant), 'HH.mm', { locale: sv });
}

/** "23 november 2026 kl. 14.32" */
export function formatDateTime(instant: Date | string): string {
  return format(toDate(instant), "d MMMM yyyy 'kl.' HH.mm", { locale: sv });
}

function toDate(instant: Date | string): Date {
  return typeof instant === 'string' ? parseISO(instant) : instant;
}
