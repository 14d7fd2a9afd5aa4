/**
 * The top of the renderer: asks main whether the data file opened, then shows either the recovery
 * screen (a file that cannot be used, left untouched) or the app's shell, and the recovery screen after
 * all if a minutes file read behind the first screen cannot be used; takes part in closing the window.
 */
import { useEffect, useState } from 'react';
import type { StoreStatus } from '../electron/shared/store/status';
import type { Result } from '../electron/shared/ipc/result';
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
    const show = (result: Result<StoreStatus>) => {
      if (!result.ok) return setError(result.error.message);
      if (result.value.state === 'ready' && result.value.externalChange) saveStatusStore.setStatus({ kind: 'conflict' });
      setStatus(result.value);
    };
    // The first screen comes from the main file; a minutes file that cannot be used shows recovery after.
    void call('getStoreStatus').then((first) => {
      show(first);
      if (first.ok && first.value.state === 'ready') {
        void call('waitForStore').then((loaded) => {
          if (!loaded.ok || loaded.value.state === 'recovery') show(loaded);
        });
      }
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
