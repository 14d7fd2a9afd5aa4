// "Sparat 14.32", "Sparar …", "Osparade ändringar" or "Kunde inte spara: …" with a retry, in the header on
// every screen.
import { sv } from '../../../electron/shared/i18n/sv';
import { formatClock } from '../../../electron/shared/format/dates';
import { call } from '../../api/ros';
import { useHasUnsavedChanges } from '../../api/pendingSaves';
import { useSaveStatus, type SaveStatus } from '../../api/saveStatus';

function statusText(status: SaveStatus, unsaved: boolean): string {
  switch (status.kind) {
    case 'idle':
      return unsaved ? sv.saveStatus.unsaved : sv.saveStatus.idle;
    case 'saving':
      return sv.saveStatus.saving;
    case 'saved':
      return unsaved ? sv.saveStatus.unsaved : sv.saveStatus.saved(formatClock(status.at));
    case 'failed':
      return sv.saveStatus.failed(status.message);
    case 'conflict':
      return sv.saveStatus.failed(sv.errors.externalChange);
  }
}

export function SaveStatusIndicator() {
  const status = useSaveStatus();
  const unsaved = useHasUnsavedChanges();
  const failed = status.kind === 'failed';
  return (
    <div className={`save-status save-status--${status.kind}`}>
      <span role="status">{statusText(status, unsaved)}</span>
      {failed && (
        <button type="button" className="button button--small" onClick={() => void call('saveNow')}>
          {sv.saveStatus.retry}
        </button>
      )}
    </div>
  );
}
