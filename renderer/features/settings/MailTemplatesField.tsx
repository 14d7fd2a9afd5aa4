/**
 * The e-mail templates in Inställningar: subject and text of the drafts for a kallelse and for minutes,
 * with the same `{fält}` as the standard phrases. Validated as you type (Swedish message at the field)
 * and saved by itself, the four texts as one setting.
 */
import { useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import type { Settings } from '../../../electron/shared/store/schema';
import { TextField } from '../../components/FormField';
import { useSettingAutosave } from './useSettingAutosave';

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
  const { errors, change: save, flush } = useSettingAutosave('mailTemplates');

  const change = (kind: keyof Templates, part: 'subject' | 'body', text: string) => {
    const next = { ...value, [kind]: { ...value[kind], [part]: text } };
    setValue(next);
    save(next);
  };

  return (
    <>
      {fields.map(({ kind, part, label }, index) => (
        <TextField key={`${kind}.${part}`} label={label} multiline={part === 'body'} value={value[kind][part]}
          error={errors[`${kind}.${part}`] ?? (index === 0 ? errors[''] : undefined)}
          onChange={(text) => change(kind, part, text)} onBlur={() => void flush()} />
      ))}
    </>
  );
}
