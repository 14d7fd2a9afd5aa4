/**
 * One setting of Inställningar edited as a whole (the e-mail templates, the action plans): each change is
 * checked with that setting's own schema, so an invalid value shows its Swedish messages by field and is
 * not saved, and a valid one is saved by itself a moment later. A refused save shows its message under
 * the key '' until the next save goes through.
 */
import { useState } from 'react';
import { settingsSchema, type Settings } from '../../../electron/shared/store/schema';
import { fieldErrors } from '../../../electron/shared/validation/fieldErrors';
import { call } from '../../api/ros';
import { tookOrRefused, useAutosave } from '../../components/useAutosave';

export function useSettingAutosave<K extends 'mailTemplates' | 'actionPlans'>(key: K) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const autosave = useAutosave(async (next: Settings[K]) => {
    const result = await call('updateSettings', { [key]: next } as Partial<Settings>);
    if (!result.ok) {
      setErrors({ '': result.error.message });
      return tookOrRefused(result);
    }
    setErrors((current) => (current[''] ? {} : current));
    return true;
  });

  /** Checks `next` (the setting as edited) and schedules its save, or shows why it cannot be saved. */
  const change = (next: unknown) => {
    const parsed = settingsSchema.shape[key].safeParse(next);
    if (!parsed.success) {
      autosave.cancel();
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    autosave.schedule(parsed.data as Settings[K]);
  };

  return { errors, change, flush: autosave.flush };
}
