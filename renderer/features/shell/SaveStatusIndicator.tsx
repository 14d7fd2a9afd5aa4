// "Sparat 14.32", "Sparar …", "Osparade ändringar", "Inte sparat: …" or "Kunde inte spara: …" with a
// retry, in the header on every screen (the words: api/saveStatusText).
import { sv } from '../../../electron/shared/i18n/sv';
import { call } from '../../api/ros';
import { flushAllPendingSaves, useHasUnsavedChanges } from '../../api/pendingSaves';
import { useSaveStatus } from '../../api/saveStatus';
import { saveStatusText } from '../../api/saveStatusText';

/** Sends again every edit the disk did not take; then lets main write anything it still holds. */
async function retry(): Promise<void> {
  if ((await flushAllPendingSaves()).ok) await call('saveNow');
}

export function SaveStatusIndicator() {
  const status = useSaveStatus();
  const unsaved = useHasUnsavedChanges();
  const failed = status.kind === 'failed';
  return (
    <div className={`save-status save-status--${status.kind}`}>
      <span role="status">{saveStatusText(status, unsaved)}</span>
      {failed && (
        <button type="button" className="button button--small" onClick={() => void retry()}>
          {sv.saveStatus.retry}
        </button>
      )}
    </div>
  );
}
