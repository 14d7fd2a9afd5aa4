/**
 * Phone numbers in Swedish national format ("070-123 45 67"), through libphonenumber-js.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** The number formatted the Swedish way, or null when it is not a valid phone number. */
export function normalisePhone(input: string): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), 'SE');
  if (!parsed || !parsed.isValid()) return null;
  return parsed.country === 'SE' ? parsed.formatNational() : parsed.formatInternational();
}
