/**
 * One settings field that validates as you type (Swedish message at the field) and saves itself; a
 * template's field that does not exist is reported there too.
 * A list setting (standing sections, standard phrases) is edited as one item per line. Every error main
 * answers (invalid input, a full disk, the store not open) is shown at the field, until a later save of
 * this field is accepted.
 */
import { useRef, useState } from 'react';
import { settingsSchema, type Settings } from '../../../electron/shared/store/schema';
import { fieldErrors } from '../../../electron/shared/validation/fieldErrors';
import { sv } from '../../../electron/shared/i18n/sv';
import { unknownFields } from '../../../electron/shared/minutes/templates';
import { call } from '../../api/ros';
import { TextField } from '../../components/FormField';
import { tookOrRefused, useAutosave } from '../../components/useAutosave';

/** The settings that are a text or a list of texts. */
type Field = { [K in keyof Settings]: Settings[K] extends string | string[] ? K : never }[keyof Settings];
type Props = {
  field: Field; label: string; help?: string; initial: Settings[Field];
  /** A template's `{fält}`: a field not among these is reported at the field (the text is saved as written). */
  templateFields?: readonly string[];
  multiline?: boolean;
};

/** Long one-line texts, shown on several lines. */
const titleTemplates: readonly Field[] = ['minutesTitleTemplate', 'fullMinutesTitleTemplate'];
const asText = (value: Settings[Field]) => (Array.isArray(value) ? value.join('\n') : value);
const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** A Swedish report of the fields `text` names that do not exist, or undefined. */
function unknownFieldsReport(text: string, known: readonly string[] | undefined): string | undefined {
  const unknown = known ? unknownFields(text, known) : [];
  return unknown.length > 0 && known ? sv.carryOver.unknownFields(unknown, known.map((name) => `{${name}}`)) : undefined;
}

export function SettingsTextField({ field, label, help, initial, templateFields, multiline }: Props) {
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

  return <TextField label={label} help={help} value={value} error={error ?? unknownFieldsReport(value, templateFields)}
    multiline={multiline ?? (isList || titleTemplates.includes(field))} onChange={change} onBlur={() => void autosave.flush()} />;
}
