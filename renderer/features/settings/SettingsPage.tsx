/**
 * Inställningar: the document settings with the letterhead's logo, the templates of minutes, of the
 * kallelse's letter and of e-mail drafts (saved as you type, unknown `{fält}` reported), the rules of the
 * version for the web, the group's own words for the spelling check, the action plans with their focus
 * areas, the data folder, the backups with restore, the archive, and the app's
 * version.
 */
import { useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import { NOTICE_FIELDS, TEMPLATE_FIELDS } from '../../../electron/shared/minutes/templates';
import type { StoreStatus } from '../../../electron/shared/store/status';
import { call } from '../../api/ros';
import { useQuery } from '../../api/useQuery';
import { useDataVersion } from '../../api/saveStatus';
import { ErrorMessage } from '../../components/ErrorMessage';
import { BackupsTable } from '../backups/BackupsTable';
import { ArchiveCard } from './ArchiveCard';
import { LetterheadLogoField } from './LetterheadLogoField';
import { MailTemplatesField } from './MailTemplatesField';
import { SettingsTextField } from './SettingsTextField';
import { WebRulesCard } from '../publishing/WebRulesCard';
import { ActionPlansField } from './ActionPlansField';

export function SettingsPage({ onStatusChange }: { onStatusChange: (status: StoreStatus) => void }) {
  const settings = useQuery(() => call('getSettings'));
  const info = useQuery(() => call('getAppInfo'));
  const backups = useQuery(() => call('listBackups'));
  const dataVersion = useDataVersion();
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const chooseFolder = async () => {
    const result = await call('chooseDataFolder');
    if (!result.ok) return setError(result.error.message);
    if (result.value.changed) onStatusChange(result.value.status);
  };

  const openFolder = async () => {
    const result = await call('openDataFolder');
    setError(result.ok ? null : result.error.message);
  };

  return (
    <>
      <h1>{sv.settings.title}</h1>
      <ErrorMessage message={error ?? settings.error ?? info.error} />

      <section aria-labelledby="settings-documents" className="card">
        <h2 id="settings-documents">{sv.settings.documentsHeading}</h2>
        {settings.value && (
          <form key={dataVersion} className="form" onSubmit={(event) => event.preventDefault()}>
            <SettingsTextField field="secretaryName" label={sv.settings.secretaryName} help={sv.settings.secretaryNameHelp} initial={settings.value.secretaryName} />
            <SettingsTextField field="letterheadTitle" label={sv.settings.letterheadTitle} initial={settings.value.letterheadTitle} />
            <SettingsTextField field="letterheadSubtitle" label={sv.settings.letterheadSubtitle} initial={settings.value.letterheadSubtitle} />
            <LetterheadLogoField initial={settings.value.letterheadLogo} />
          </form>
        )}
      </section>

      <section aria-labelledby="settings-minutes" className="card">
        <h2 id="settings-minutes">{sv.settings.minutesHeading}</h2>
        <p>{sv.settings.minutesFieldsHelp}</p>
        {settings.value && (
          <form key={dataVersion} className="form" onSubmit={(event) => event.preventDefault()}>
            <SettingsTextField field="minutesTitleTemplate" label={sv.settings.minutesTitleTemplate} initial={settings.value.minutesTitleTemplate} templateFields={TEMPLATE_FIELDS} />
            <SettingsTextField field="fullMinutesTitleTemplate" label={sv.settings.fullMinutesTitleTemplate} initial={settings.value.fullMinutesTitleTemplate} templateFields={TEMPLATE_FIELDS} />
            <SettingsTextField field="standingSections" label={sv.settings.standingSections} help={sv.settings.onePerLine} initial={settings.value.standingSections} />
            <SettingsTextField field="standardPhrases" label={sv.settings.standardPhrases} help={sv.settings.onePerLine} initial={settings.value.standardPhrases} templateFields={TEMPLATE_FIELDS} />
            <SettingsTextField field="spellingWords" label={sv.spelling.listLabel} help={sv.spelling.listHelp} initial={settings.value.spellingWords} />
          </form>
        )}
      </section>

      <section aria-labelledby="settings-notice" className="card">
        <h2 id="settings-notice">{sv.carryOver.noticeHeading}</h2>
        {settings.value && (
          <form key={dataVersion} className="form" onSubmit={(event) => event.preventDefault()}>
            <SettingsTextField field="noticeLetterTemplate" label={sv.carryOver.noticeLetterTemplate} help={sv.carryOver.noticeLetterHelp}
              initial={settings.value.noticeLetterTemplate} templateFields={NOTICE_FIELDS} multiline />
          </form>
        )}
      </section>

      {settings.value && <WebRulesCard key={dataVersion} initial={settings.value.webRules} />}

      <section aria-labelledby="settings-mail" className="card">
        <h2 id="settings-mail">{sv.mail.settings.heading}</h2>
        <p>{sv.mail.settings.help}</p>
        {settings.value && (
          <form key={dataVersion} className="form" onSubmit={(event) => event.preventDefault()}>
            <MailTemplatesField initial={settings.value.mailTemplates} />
          </form>
        )}
      </section>

      <section aria-labelledby="settings-action-plans" className="card">
        <h2 id="settings-action-plans">{sv.actionPlans.settings.heading}</h2>
        <p>{sv.actionPlans.settings.help}</p>
        {settings.value && <ActionPlansField key={dataVersion} initial={settings.value.actionPlans} />}
      </section>

      <section aria-labelledby="settings-data" className="card">
        <h2 id="settings-data">{sv.settings.dataHeading}</h2>
        <p>
          {sv.settings.dataFolderLabel} <code className="path">{info.value?.dataFile}</code>
        </p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => void openFolder()}>
            {sv.settings.openDataFolder}
          </button>
          <button type="button" className="button" onClick={() => void chooseFolder()}>
            {sv.settings.chooseDataFolder}
          </button>
        </div>
      </section>

      <section aria-labelledby="settings-backups" className="card">
        <h2 id="settings-backups">{sv.settings.backupsHeading}</h2>
        <p>{sv.settings.backupsLead}</p>
        {notice && (
          <p role="status" className="notice">
            {notice}
          </p>
        )}
        <ErrorMessage message={backups.error} />
        {backups.value && (
          <BackupsTable
            backups={backups.value}
            onRestored={(status, date) => {
              setNotice(sv.settings.restored(date));
              onStatusChange(status);
            }}
          />
        )}
      </section>

      <ArchiveCard onStatusChange={onStatusChange} />

      <section aria-labelledby="settings-about" className="card">
        <h2 id="settings-about">{sv.settings.aboutHeading}</h2>
        <p>
          {sv.app.name}, {sv.settings.version.toLowerCase()} {info.value?.version}
        </p>
      </section>
    </>
  );
}
