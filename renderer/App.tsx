/**
 * The top of the renderer: asks main whether the data file opened, then shows either the recovery
 * screen (a file that cannot be used, left untouched) or the app's shell; takes part in closing the window.
 */
import { useEffect, useState } from 'react';
import type { StoreStatus } from '../electron/shared/store/status';
import { sv } from '../electron/shared/i18n/sv';
import { call } from './api/ros';
import { saveStatusStore } from './api/saveStatus';
import { useWindowLifecycle } from './api/windowLifecycle';
import { ErrorMessage } from './components/ErrorMessage';
import { RecoveryScreen } from './features/recovery/RecoveryScreen';
import { Shell } from './features/shell/Shell';

export function App() {
  const [status, setStatus] = useState<StoreStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  useWindowLifecycle();

  useEffect(() => {
    void call('getStoreStatus').then((result) => {
      if (!result.ok) return setError(result.error.message);
      if (result.value.state === 'ready' && result.value.externalChange) saveStatusStore.setStatus({ kind: 'conflict' });
      setStatus(result.value);
    });
  }, []);

  const statusChanged = (next: StoreStatus) => {
    saveStatusStore.dataReplaced();
    setStatus(next);
  };

  if (error) return <ErrorMessage message={error} />;
  if (!status) return <p className="loading">{sv.app.loading}</p>;
  if (status.state === 'recovery') return <RecoveryScreen problem={status.problem} onStatusChange={statusChanged} />;
  return <Shell onStatusChange={statusChanged} />;
}
