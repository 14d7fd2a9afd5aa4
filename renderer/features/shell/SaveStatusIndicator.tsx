// "Sparat 14.32", "Sparar …", "Osparade ändringar", "Inte sparat: …" or "Kunde inte spara: …" with a
// retry, in the header on every screen (the words: api/saveStatusText).
import { useEffect, useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import { call } from '../../api/ros';
import { flushAllPendingSaves, useHasUnsavedChanges } from '../../api/pendingSaves';
import { useSaveStatus, type SaveStatus } from '../../api/saveStatus';
import { saveStatusText, SHOW_SAVING_AFTER_MS } from '../../api/saveStatusText';

/** Sends again every edit the disk did not take; then lets main write anything it still holds. */
async function retry(): Promise<void> {
  if ((await flushAllPendingSaves()).ok) await call('saveNow');
}

/** True once saves have been in flight, one after another, for `SHOW_SAVING_AFTER_MS`. */
function useSavingLong(saving: boolean): boolean {
  const [long, setLong] = useState(false);
  useEffect(() => {
    if (!saving) return;
    const timer = setTimeout(() => setLong(true), SHOW_SAVING_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setLong(false);
    };
  }, [saving]);
  return saving && long;
}

/** The statuses drawn apart (in the danger colour); the others share one look, so a change among them is only words. */
const alarming: ReadonlySet<SaveStatus['kind']> = new Set(['failed', 'refused', 'conflict']);

export function SaveStatusIndicator() {
  const status = useSaveStatus();
  const unsaved = useHasUnsavedChanges();
  const savingLong = useSavingLong(status.kind === 'saving');
  const failed = status.kind === 'failed';
  return (
    <div className={alarming.has(status.kind) ? `save-status save-status--${status.kind}` : 'save-status'}>
      <span role="status">{saveStatusText(status, unsaved, savingLong)}</span>
      {failed && (
        <button type="button" className="button button--small" onClick={() => void retry()}>
          {sv.saveStatus.retry}
        </button>
      )}
    </div>
  );
}
