/**
 * Field schemas shared by the register's forms: text with a length limit, an optional e-mail, web
 * address or organisation number — each normalised (trimmed, `NNNNNN-NNNN`, `https://` added) and each
 * with its Swedish message at the field. The phone number's field is in `phone.ts`, with
 * libphonenumber-js, so that screens which only use text fields (Möten, the first) do not load it.
 */
import { z } from 'zod';
import { sv } from '../i18n/sv';
import { normaliseOrgNumber } from './orgNumber';

export const MAX_TEXT = 500;
export const MAX_NOTES = 20_000;

export const textField = (max = MAX_TEXT) => z.string().trim().max(max, sv.errors.fields.tooLong(max));
export const requiredText = (max = MAX_TEXT) => textField(max).min(1, sv.errors.fields.required);
export const notesField = z.string().max(MAX_NOTES, sv.errors.fields.tooLong(MAX_NOTES));

/** Text as stored: normalised when it was entered, so loading only checks type and length. */
export const storedText = (max = MAX_TEXT) => z.string().max(max);

/** Turns a normaliser that returns null for bad input into an optional field ('' stays ''). */
export function normalised(normalise: (value: string) => string | null, message: string) {
  return z
    .string()
    .trim()
    .max(MAX_TEXT, sv.errors.fields.tooLong(MAX_TEXT))
    .transform((value, ctx) => {
      if (value === '') return '';
      const result = normalise(value);
      if (result === null) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return result;
    });
}

const EMAIL = z.email();
export const emailField = normalised(
  (value) => (EMAIL.safeParse(value).success ? value : null),
  sv.register.fieldErrors.email,
);
export const orgNumberField = normalised(normaliseOrgNumber, sv.register.fieldErrors.orgNumber);
export const websiteField = normalised((value) => {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  try {
    const url = new URL(withScheme);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') ? url.href : null;
  } catch {
    return null;
  }
}, sv.register.fieldErrors.website);
