// "Sparat 14.32", "Sparar …" or "Kunde inte spara: …" with a retry, in the header on every screen.
import { sv } from '../../../electron/shared/i18n/sv';
import { formatClock } from '../../../electron/shared/format/dates';
import { call } from '../../api/ros';
import { useSaveStatus, type SaveStatus } from '../../api/saveStatus';

function statusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'idle':
      return sv.saveStatus.idle;
    case 'saving':
      return sv.saveStatus.saving;
    case 'saved':
      return sv.saveStatus.saved(formatClock(status.at));
    case 'failed':
      return sv.saveStatus.failed(status.message);
    case 'conflict':
      return sv.saveStatus.failed(sv.errors.externalChange);
  }
}

export function SaveStatusIndicator() {
  const status = useSaveStatus();
  const failed = status.kind === 'failed';
  return (
    <div className={`save-status save-status--${status.kind}`}>
      <span role="status">{statusText(status)}</span>
      {failed && (
        <button type="button" className="button button--small" onClick={() => void call('saveNow')}>
          {sv.saveStatus.retry}
        </button>
      )}
    </div>
  );
}
