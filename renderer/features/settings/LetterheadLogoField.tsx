/**
 * The letterhead's logo in Inställningar: the image as documents will show it, a button to choose a
 * PNG or JPEG file (checked in main), one to remove it, and its alt text, saved as you type.
 */
import { useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import { letterheadLogoSchema, logoDataUrl, type LetterheadLogo } from '../../../electron/shared/store/schema';
import { fieldErrors } from '../../../electron/shared/validation/fieldErrors';
import { call } from '../../api/ros';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/FormField';
import { tookOrRefused, useAutosave } from '../../components/useAutosave';

const t = sv.settings;

export function LetterheadLogoField({ initial }: { initial: LetterheadLogo | null }) {
  const [logo, setLogo] = useState(initial);
  const [altText, setAltText] = useState(initial?.altText ?? '');
  const [error, setError] = useState<string | null>(null);
  const [altError, setAltError] = useState<string | undefined>(undefined);
  const autosave = useAutosave(async (next: LetterheadLogo) => {
    const result = await call('updateSettings', { letterheadLogo: next });
    if (!result.ok) setAltError(result.error.message);
    return tookOrRefused(result);
  });

  const choose = async () => {
    const result = await call('chooseLetterheadLogo');
    if (!result.ok) return setError(result.error.message);
    setError(null);
    if (!result.value) return;
    setLogo(result.value.letterheadLogo);
    setAltText(result.value.letterheadLogo?.altText ?? '');
  };
  const remove = async () => {
    autosave.cancel();
    const result = await call('updateSettings', { letterheadLogo: null });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setLogo(null);
  };
  const changeAltText = (text: string) => {
    setAltText(text);
    if (!logo) return;
    const parsed = letterheadLogoSchema.safeParse({ ...logo, altText: text });
    if (!parsed.success) {
      autosave.cancel();
      return setAltError(Object.values(fieldErrors(parsed.error))[0]);
    }
    setAltError(undefined);
    autosave.schedule(parsed.data);
  };

  return (
    <fieldset className="logo-field">
      <legend>{t.logoHeading}</legend>
      <p className="field-help">{t.logoHelp}</p>
      {logo ? (
        <img className="logo-preview" alt={altText} src={logoDataUrl(logo)} />
      ) : (
        <p>{t.noLogo}</p>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={() => void choose()}>{t.chooseLogo}</button>
        {logo && <button type="button" className="button" onClick={() => void remove()}>{t.removeLogo}</button>}
      </div>
      <ErrorMessage message={error} />
      {logo && <TextField label={t.logoAltText} help={t.logoAltHelp} value={altText} error={altError} onChange={changeAltText} onBlur={() => void autosave.flush()} />}
    </fieldset>
  );
}
