/**
 * Form state checked against the same zod schema main uses: values, Swedish errors per field, and
 * `submit()` that validates, sends, and shows main's answer at its field (or for the whole form).
 * Edits not yet accepted by main count as unsaved under `formName`: the header says so, and the window
 * does not close over them (see api/pendingSaves). An edit main refused stays unsaved, also in a form
 * that saves itself, until main accepts a later one: the header never says "Sparat" over it.
 * Every error reaches the screen: a field's error beside the field when `fieldsOnScreen` lists it, any
 * other in `formError`, the form's alert (components/formErrors).
 */
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useUnsavedForm } from '../api/pendingSaves';
import { sv } from '../../electron/shared/i18n/sv';
import type { z } from 'zod';
import type { Result } from '../../electron/shared/ipc/result';
import { fieldErrors, type FieldErrors } from '../../electron/shared/validation/fieldErrors';
import { placeErrors } from './formErrors';

export interface SchemaFormOptions<V> {
  /** What the user calls the form ("Ny ledamot"), in the messages about unsaved edits. */
  formName: string;
  /** The form autosaves valid values, so only edits that fail the schema (or that main refused) wait for the user. */
  savesItself?: boolean;
  /** The fields that show their own error for these values (nested ones as `place.venue`). */
  fieldsOnScreen: (values: V) => readonly string[];
}

export function useSchemaForm<S extends z.ZodType<unknown, object>>(schema: S, initial: z.input<S>, options: SchemaFormOptions<z.input<S>>) {
  const { formName, savesItself = false, fieldsOnScreen } = options;
  const [values, setValues] = useState<z.input<S>>(initial);
  const [edited, setEdited] = useState(false);
  /** Main refused the values as they are now: they are not on disk, whatever the form's autosave does. */
  const [refused, setRefused] = useState(false);
  useUnsavedForm(edited && (refused || !(savesItself && schema.safeParse(values).success)), formName);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [ownError, setFormError] = useState<string | null>(null);
  /** Rises with every edit, so an answer to values sent before an edit does not mark that edit saved. */
  const editCount = useRef(0);
  const submitting = useRef(false);
  const placed = placeErrors(errors, ownError, fieldsOnScreen(values));

  const validate = (): z.output<S> | null => {
    const parsed = schema.safeParse(values);
    if (parsed.success) return parsed.data;
    setErrors(fieldErrors(parsed.error));
    return null;
  };
  /**
   * Sends, then shows main's answer to the values sent at `sentAt` (an edit count): true when it was
   * accepted. A call that rejects (the bridge to main broke) counts as not saved, with a Swedish reason.
   */
  const answer = async (send: () => Promise<Result<unknown>>, sentAt: number): Promise<boolean> => {
    let result: Result<unknown>;
    try {
      result = await send();
    } catch {
      result = { ok: false, error: { code: 'INTERNAL', message: sv.saveStatus.noAnswer } };
    }
    if (result.ok) {
      // The header said "Sparat" as the call was answered, in React's next microtask; state set here after
      // an await would wait for React's next task, and a frame drawn between said "Osparade ändringar".
      flushSync(() => {
        setRefused(false);
        setFormError(null);
        setErrors({});
        if (editCount.current === sentAt) setEdited(false);
      });
      return true;
    }
    setRefused(true);
    const { field, message } = result.error;
    if (field) setErrors((current) => ({ ...current, [field]: message }));
    else setFormError(message);
    return false;
  };
  return {
    values,
    /** True after an edit that main has not yet accepted. */
    edited,
    /** Errors to show beside their fields (only fields on screen). */
    errors: placed.fields,
    /** The form's alert: main's error for the whole form, and any field error no field on screen shows. */
    formError: placed.alert,
    set<K extends keyof z.input<S>>(field: K, value: z.input<S>[K]) {
      editCount.current++;
      setValues((current) => ({ ...current, [field]: value }));
      setEdited(true);
      setRefused(false);
      setErrors((current) => {
        const { [field as string]: _removed, ...rest } = current;
        return rest;
      });
    },
    /** The parsed value, or null after showing the Swedish errors at their fields. */
    validate,
    /**
     * Sends the values as they are now (the form's own autosave does this) and shows main's answer:
     * accepted, the form is saved unless edited since; refused, the error is shown and the edit stays unsaved.
     */
    async save(send: () => Promise<Result<unknown>>): Promise<boolean> {
      return answer(send, editCount.current);
    },
    /**
     * True when the values passed the schema and main accepted them. A second submit while one is on its
     * way is ignored (a double click on Spara must not create a record twice).
     */
    async submit(send: (parsed: z.output<S>) => Promise<Result<unknown>>): Promise<boolean> {
      if (submitting.current) return false;
      const parsed = validate();
      if (parsed === null) return false;
      setFormError(null);
      submitting.current = true;
      try {
        return await answer(() => send(parsed), editCount.current);
      } finally {
        submitting.current = false;
      }
    },
    setFormError,
  };
}
