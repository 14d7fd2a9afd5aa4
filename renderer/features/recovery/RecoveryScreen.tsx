/**
 * Shown instead of the app when the data file cannot be used: what is wrong, that the file was left
 * untouched, and the ways out — restore a backup, open another data folder, or quit.
 */
import { useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import type { StoreProblem, StoreStatus } from '../../../electron/shared/store/status';
import { call } from '../../api/ros';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { BackupsTable } from '../backups/BackupsTable';

export function RecoveryScreen({ problem, onStatusChange }: { problem: StoreProblem; onStatusChange: (status: StoreStatus) => void }) {
  const info = useQuery(() => call('getAppInfo'));
  const backups = useQuery(() => call('listBackups'));
  const [error, setError] = useState<string | null>(null);

  const chooseFolder = async () => {
    const result = await call('chooseDataFolder');
    if (!result.ok) return setError(result.error.message);
    if (result.value.changed) onStatusChange(result.value.status);
  };

  return (
    <main id="main" className="recovery">
      <h1>{sv.recovery.title}</h1>
      <p className="recovery-problem">{problem.message}</p>
      <p>{sv.recovery.unchanged}</p>
      <p>
        {sv.recovery.fileLabel}: <code className="path">{info.value?.dataFile}</code>
      </p>
      <ErrorMessage message={error} />
      <h2>{sv.recovery.optionsHeading}</h2>
      <section aria-labelledby="recovery-restore" className="card">
        <h3 id="recovery-restore">{sv.recovery.restoreHeading}</h3>
        <ErrorMessage message={backups.error} />
        {backups.value && backups.value.length === 0 && <p>{sv.recovery.noBackups}</p>}
        {backups.value && backups.value.length > 0 && (
          <BackupsTable backups={backups.value} onRestored={(status) => onStatusChange(status)} />
        )}
      </section>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void chooseFolder()}>
          {sv.recovery.chooseFolder}
        </button>
        <button type="button" className="button" onClick={() => void call('quitApp')}>
          {sv.recovery.quit}
        </button>
      </div>
    </main>
  );
}
