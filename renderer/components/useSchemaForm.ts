/**
 * Form state checked against the same zod schema main uses: values, Swedish errors per field, and
 * `submit()` that validates, sends, and shows main's answer at its field (or for the whole form).
 * Edits not yet accepted by main count as unsaved under `formName`: the header says so, and the window
 * does not close over them (see api/pendingSaves).
 */
import { useState } from 'react';
import { useUnsavedForm } from '../api/pendingSaves';
import type { z } from 'zod';
import type { Result } from '../../electron/shared/ipc/result';
import { fieldErrors, type FieldErrors } from '../../electron/shared/validation/fieldErrors';

/** `savesItself`: the form autosaves valid values, so only edits that fail the schema wait for the user. */
export function useSchemaForm<S extends z.ZodType<unknown, object>>(schema: S, initial: z.input<S>, formName: string, savesItself = false) {
  const [values, setValues] = useState<z.input<S>>(initial);
  const [edited, setEdited] = useState(false);
  useUnsavedForm(edited && !(savesItself && schema.safeParse(values).success), formName);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const validate = (): z.output<S> | null => {
    const parsed = schema.safeParse(values);
    if (parsed.success) return parsed.data;
    setErrors(fieldErrors(parsed.error));
    return null;
  };
  return {
    values,
    /** True after an edit that main has not yet accepted. */
    edited,
    errors,
    formError,
    set<K extends keyof z.input<S>>(field: K, value: z.input<S>[K]) {
      setValues((current) => ({ ...current, [field]: value }));
      setEdited(true);
      setErrors((current) => {
        const { [field as string]: _removed, ...rest } = current;
        return rest;
      });
    },
    /** The parsed value, or null after showing the Swedish errors at their fields. */
    validate,
    /** Main has the values as they are now (saved by the form's own autosave). */
    markSaved: () => setEdited(false),
    /** True when the values passed the schema and main accepted them. */
    async submit(send: (parsed: z.output<S>) => Promise<Result<unknown>>): Promise<boolean> {
      const parsed = validate();
      if (parsed === null) return false;
      const result = await send(parsed);
      if (result.ok) {
        setEdited(false);
        return true;
      }
      const { field, message } = result.error;
      if (field) setErrors((current) => ({ ...current, [field]: message }));
      else setFormError(message);
      return false;
    },
    setFormError,
  };
}
