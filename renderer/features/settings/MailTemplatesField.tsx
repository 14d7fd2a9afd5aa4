/**
 * The e-mail templates in Inställningar: subject and text of the drafts for a kallelse and for minutes,
 * with the same `{fält}` as the standard phrases. Validated as you type (Swedish message at the field)
 * and saved by itself, the four texts as one setting.
 */
import { useRef, useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import { settingsSchema, type Settings } from '../../../electron/shared/store/schema';
import { fieldErrors } from '../../../electron/shared/validation/fieldErrors';
import { call } from '../../api/ros';
import { TextField } from '../../components/FormField';
import { tookOrRefused, useAutosave } from '../../components/useAutosave';

type Templates = Settings['mailTemplates'];
const t = sv.mail.settings;

const fields = [
  { kind: 'notice', part: 'subject', label: t.noticeSubject },
  { kind: 'notice', part: 'body', label: t.noticeBody },
  { kind: 'minutes', part: 'subject', label: t.minutesSubject },
  { kind: 'minutes', part: 'body', label: t.minutesBody },
] as const;

export function MailTemplatesField({ initial }: { initial: Templates }) {
  const [value, setValue] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mainError = useRef<string | undefined>(undefined);
  const autosave = useAutosave(async (next: Templates) => {
    const result = await call('updateSettings', { mailTemplates: next });
    if (!result.ok) {
      mainError.current = result.error.message;
      setErrors({ '': result.error.message });
      return tookOrRefused(result);
    }
    mainError.current = undefined;
    setErrors((current) => (current[''] ? {} : current));
    return true;
  });

  const change = (kind: keyof Templates, part: 'subject' | 'body', text: string) => {
    const next = { ...value, [kind]: { ...value[kind], [part]: text } };
    setValue(next);
    const parsed = settingsSchema.shape.mailTemplates.safeParse(next);
    if (!parsed.success) {
      autosave.cancel();
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    autosave.schedule(parsed.data);
  };

  return (
    <>
      {fields.map(({ kind, part, label }, index) => (
        <TextField key={`${kind}.${part}`} label={label} multiline={part === 'body'} value={value[kind][part]}
          error={errors[`${kind}.${part}`] ?? (index === 0 ? errors[''] : undefined)}
          onChange={(text) => change(kind, part, text)} onBlur={() => void autosave.flush()} />
      ))}
    </>
  );
}
