/**
 * One settings field that validates as you type (Swedish message at the field) and saves itself.
 */
import { useId, useState } from 'react';
import { settingsSchema, type Settings } from '../../../electron/shared/store/schema';
import { fieldErrors } from '../../../electron/shared/validation/fieldErrors';
import { call } from '../../api/ros';
import { useAutosave } from '../../components/useAutosave';

type Field = keyof Settings;

export function SettingsTextField({ field, label, help, initial }: { field: Field; label: string; help?: string; initial: string }) {
  const id = useId();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const autosave = useAutosave(async (next: string) => {
    const result = await call('updateSettings', { [field]: next });
    if (!result.ok && result.error.code === 'INVALID_INPUT') setError(result.error.message);
  });

  const change = (next: string) => {
    setValue(next);
    const parsed = settingsSchema.shape[field].safeParse(next);
    if (!parsed.success) {
      autosave.cancel();
      setError(fieldErrors(parsed.error)[''] ?? Object.values(fieldErrors(parsed.error))[0] ?? null);
      return;
    }
    setError(null);
    autosave.schedule(parsed.data);
  };

  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => change(event.target.value)}
        onBlur={autosave.flush}
      />
      {help && (
        <p id={`${id}-help`} className="field-help">
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
