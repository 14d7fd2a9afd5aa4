/**
 * The page's part in closing and in the backend's health: answers main's flush request (the close
 * handshake) by saving everything pending, and says in the window why it stays open when something could
 * not be saved; saves at once when the page itself goes away (reload, closed tab: `pagehide` and
 * `beforeunload`); after a restart of the backend process says so and reloads the screens' data.
 */
import { useEffect } from 'react';
import { sv } from '../../electron/shared/i18n/sv';
import { flushAllPendingSaves } from './pendingSaves';
import { saveStatusStore } from './saveStatus';

export function useWindowLifecycle(): void {
  useEffect(() => {
    const stopAnswering = window.rosWindow.onFlushRequest(async () => {
      // A save that throws counts as not saved: the window stays open and says so.
      const outcome = await flushAllPendingSaves().catch(() => ({ ok: false as const, message: sv.shutdown.notSaved }));
      if (!outcome.ok) saveStatusStore.setNotice(sv.shutdown.closeRefused(outcome.message));
      return outcome;
    });
    const stopListening = window.rosWindow.onNotice((notice) => {
      if (notice !== 'backendRestarted') return;
      saveStatusStore.setNotice(sv.errors.backendRestarted);
      saveStatusStore.dataReplaced();
    });
    const leaving = () => void flushAllPendingSaves();
    window.addEventListener('pagehide', leaving);
    window.addEventListener('beforeunload', leaving);
    return () => {
      stopAnswering();
      stopListening();
      window.removeEventListener('pagehide', leaving);
      window.removeEventListener('beforeunload', leaving);
    };
  }, []);
}
