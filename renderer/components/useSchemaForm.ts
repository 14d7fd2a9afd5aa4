/**
 * Form state checked against the same zod schema main uses: values, Swedish errors per field, and
 * `validate()` that returns the parsed value or shows the errors at their fields.
 */
import { useState } from 'react';
import type { z } from 'zod';
import { fieldErrors, type FieldErrors } from '../../electron/shared/validation/fieldErrors';

export function useSchemaForm<S extends z.ZodType<unknown, object>>(schema: S, initial: z.input<S>) {
  const [values, setValues] = useState<z.input<S>>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  return {
    values,
    errors,
    set<K extends keyof z.input<S>>(field: K, value: z.input<S>[K]) {
      setValues((current) => ({ ...current, [field]: value }));
      setErrors((current) => {
        const { [field as string]: _removed, ...rest } = current;
        return rest;
      });
    },
    validate(): z.output<S> | null {
      const result = schema.safeParse(values);
      if (result.success) return result.data;
      setErrors(fieldErrors(result.error));
      return null;
    },
    showError(field: string, message: string) {
      setErrors((current) => ({ ...current, [field]: message }));
    },
  };
}
