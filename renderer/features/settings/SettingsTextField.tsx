/**
 * One settings field that validates as you type (Swedish message at the field) and saves itself.
 */
import { useState } from 'react';
import { settingsSchema, type Settings } from '../../../electron/shared/store/schema';
import { fieldErrors } from '../../../electron/shared/validation/fieldErrors';
import { call } from '../../api/ros';
import { TextField } from '../../components/FormField';
import { useAutosave } from '../../components/useAutosave';

type Field = keyof Settings;

export function SettingsTextField({ field, label, help, initial }: { field: Field; label: string; help?: string; initial: string }) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | undefined>(undefined);
  const autosave = useAutosave(async (next: string) => {
    const result = await call('updateSettings', { [field]: next });
    if (!result.ok && result.error.code === 'INVALID_INPUT') setError(result.error.message);
  });

  const change = (next: string) => {
    setValue(next);
    const parsed = settingsSchema.shape[field].safeParse(next);
    if (!parsed.success) {
      autosave.cancel();
      setError(Object.values(fieldErrors(parsed.error))[0]);
      return;
    }
    setError(undefined);
    autosave.schedule(parsed.data);
  };

  return <TextField label={label} help={help} value={value} error={error} onChange={change} onBlur={autosave.flush} />;
}
