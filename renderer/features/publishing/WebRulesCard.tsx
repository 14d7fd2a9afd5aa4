/**
 * Inställningar → Version för webben: the rules of what the version for the web leaves out — contact
 * details, the attendance list's names, the names of people not to be published. Each change is saved
 * at once; a refused save is shown and the choice on screen goes back to what is stored.
 */
import { useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import { webAttendanceRules, type WebRules } from '../../../electron/shared/publishing/webRules';
import { call } from '../../api/ros';
import { ErrorMessage } from '../../components/ErrorMessage';
import { CheckboxField } from '../../components/FormField';

const t = sv.webVersion.settings;

export function WebRulesCard({ initial }: { initial: WebRules }) {
  const [rules, setRules] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const change = async (patch: Partial<WebRules>) => {
    const before = rules;
    const next = { ...rules, ...patch };
    setRules(next);
    const result = await call('updateSettings', { webRules: next });
    if (result.ok) return setError(null);
    setRules(before);
    setError(result.error.message);
  };
  return (
    <section aria-labelledby="settings-web" className="card">
      <h2 id="settings-web">{t.heading}</h2>
      <p>{t.lead}</p>
      <ErrorMessage message={error} />
      <form className="form" onSubmit={(event) => event.preventDefault()}>
        <CheckboxField label={t.removeContactDetails} checked={rules.removeContactDetails} onChange={(on) => void change({ removeContactDetails: on })} />
        <fieldset className="radio-group radio-group--stacked">
          <legend>{t.attendance}</legend>
          {webAttendanceRules.map((option) => (
            <label key={option}>
              <input type="radio" name="web-attendance" checked={rules.attendance === option} onChange={() => void change({ attendance: option })} /> {t.attendanceOptions[option]}
            </label>
          ))}
        </fieldset>
        <CheckboxField label={t.replaceWithheldNames} checked={rules.replaceWithheldNames} onChange={(on) => void change({ replaceWithheldNames: on })} />
        <p className="field-help">{t.replaceWithheldHelp}</p>
      </form>
    </section>
  );
}
