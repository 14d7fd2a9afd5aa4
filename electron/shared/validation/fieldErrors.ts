/**
 * Swedish messages for form fields from a zod error: our own wording for the common cases, zod's
 * Swedish locale for the rest. Used by the renderer's forms and by main's INVALID_INPUT results.
 */
import { z } from 'zod';
import { sv } from '../i18n/sv';

z.config(z.locales.sv());

export type FieldErrors = Record<string, string>;

export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.');
    if (!(field in errors)) errors[field] = messageFor(issue);
  }
  return errors;
}

function messageFor(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) {
    return sv.errors.fields.required;
  }
  if (issue.code === 'too_big' && issue.origin === 'string') return sv.errors.fields.tooLong(Number(issue.maximum));
  return issue.message;
}
