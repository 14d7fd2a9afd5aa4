/**
 * One settings field that validates as you type (Swedish message at the field) and saves itself.
 * A list setting (standing sections, standard phrases) is edited as one item per line. Every error main
 * answers (invalid input, a full disk, the store not open) is shown at the field, until a later save of
 * this field is accepted.
 */
import { useRef, useState } from 'react';
import { settingsSchema, type Settings } from '../../../electron/shared/store/schema';
import { fieldErrors } from '../../../electron/shared/validation/fieldErrors';
import { call } from '../../api/ros';
import { TextField } from '../../components/FormField';
import { tookOrRefused, useAutosave } from '../../components/useAutosave';

/** The settings that are a text or a list of texts. */
type Field = { [K in keyof Settings]: Settings[K] extends string | string[] ? K : never }[keyof Settings];
type Props = { field: Field; label: string; help?: string; initial: Settings[Field] };

const asText = (value: Settings[Field]) => (Array.isArray(value) ? value.join('\n') : value);
const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

export function SettingsTextField({ field, label, help, initial }: Props) {
  const isList = Array.isArray(initial);
  const [value, setValue] = useState(asText(initial));
  const [error, setError] = useState<string | undefined>(undefined);
  const mainError = useRef<string | undefined>(undefined);
  const autosave = useAutosave(async (next: Settings[Field]) => {
    const result = await call('updateSettings', { [field]: next });
    if (!result.ok) {
      mainError.current = result.error.message;
      setError(result.error.message);
      return tookOrRefused(result);
    }
    // Accepted: main's earlier error goes; a schema error for text typed since stays.
    setError((current) => (current === mainError.current ? undefined : current));
    mainError.current = undefined;
    return true;
  });

  const change = (next: string) => {
    setValue(next);
    const parsed = settingsSchema.shape[field].safeParse(isList ? lines(next) : next);
    if (!parsed.success) {
      autosave.cancel();
      setError(Object.values(fieldErrors(parsed.error))[0]);
      return;
    }
    setError(undefined);
    autosave.schedule(parsed.data);
  };

  return <TextField label={label} help={help} value={value} error={error} multiline={isList || field === 'minutesTitleTemplate'} onChange={change} onBlur={() => void autosave.flush()} />;
}
