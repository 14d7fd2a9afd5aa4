/**
 * Where a form shows each error: a field's error beside that field when the field is on screen, and
 * everything else (an answer from main for the whole form, or for a field the form does not show now,
 * such as an id or a field hidden by another choice) in the form's alert, so no error is ever swallowed.
 * Pure, so the rule is unit-tested (test/core/formErrors.test.ts).
 */
import type { FieldErrors } from '../../electron/shared/validation/fieldErrors';

export interface PlacedErrors {
  /** Errors to show beside their fields: only fields that are on screen. */
  fields: FieldErrors;
  /** The form's alert: the form's own error and every field error no field on screen shows, or null. */
  alert: string | null;
}

export function placeErrors(errors: FieldErrors, formError: string | null, fieldsOnScreen: readonly string[]): PlacedErrors {
  const shown = new Set(fieldsOnScreen);
  const fields: FieldErrors = {};
  const unplaced: string[] = formError ? [formError] : [];
  for (const [field, message] of Object.entries(errors)) {
    if (shown.has(field)) fields[field] = message;
    else if (!unplaced.includes(message)) unplaced.push(message);
  }
  return { fields, alert: unplaced.length > 0 ? unplaced.join(' ') : null };
}
