/**
 * Phone numbers in Swedish national format ("070-123 45 67"), through libphonenumber-js, and the
 * register's phone field that keeps them so.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { sv } from '../i18n/sv';
import { normalised } from './fields';

/** The number formatted the Swedish way, or null when it is not a valid phone number. */
export function normalisePhone(input: string): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), 'SE');
  if (!parsed || !parsed.isValid()) return null;
  return parsed.country === 'SE' ? parsed.formatNational() : parsed.formatInternational();
}

export const phoneField = normalised(normalisePhone, sv.register.fieldErrors.phone);
