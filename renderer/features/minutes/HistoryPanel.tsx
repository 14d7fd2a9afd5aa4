/**
 * The document's history (created, status changes, unlocks with their reasons, restores) and the
 * snapshots kept at each status change, which can be viewed and restored.
 */
import { useState } from 'react';
import { formatDateTime } from '../../../electron/shared/format/dates';
import { sv } from '../../../electron/shared/i18n/sv';
import type { Minutes, Snapshot } from '../../../electron/shared/minutes/minutes';
import { textBlocks } from '../../../electron/shared/minutes/richText';
import { ModalDialog } from '../../components/ModalDialog';

const t = sv.minutes.ui;

export function HistoryPanel({ minutes, onRestore }: { minutes: Minutes; onRestore: (snapshot: Snapshot) => void }) {
  const [viewing, setViewing] = useState<Snapshot | null>(null);
  const event = (entry: Minutes['history'][number]) => {
    const what = sv.minutes.historyEvents[entry.event];
    const detail = entry.event === 'statusChanged' ? ` ${sv.minutes.statuses[entry.status].toLowerCase()}` : '';
    return `${what}${detail}${entry.reason ? ` (${entry.reason})` : ''}`;
  };
  return (
    <details className="card">
      <summary>{t.history}</summary>
      <ul aria-label={t.history}>
        {minutes.history.map((entry) => <li key={entry.at + entry.event}>{t.historyLine(formatDateTime(entry.at), entry.by, event(entry))}</li>)}
      </ul>
      <h3>{t.snapshots}</h3>
      {minutes.snapshots.length === 0 ? <p>{t.noSnapshots}</p> : (
        <ul aria-label={t.snapshots}>
          {minutes.snapshots.map((snapshot) => (
            <li key={snapshot.id}>
              {t.snapshotLabel(formatDateTime(snapshot.at), sv.minutes.statuses[snapshot.status])}{' '}
              <button type="button" className="link-button" onClick={() => setViewing(snapshot)}>{t.view}</button>{' '}
              {minutes.status !== 'approved' && <button type="button" className="link-button" onClick={() => onRestore(snapshot)}>{t.restore}</button>}
            </li>
          ))}
        </ul>
      )}
      {viewing && (
        <ModalDialog title={t.snapshotLabel(formatDateTime(viewing.at), sv.minutes.statuses[viewing.status])} onCancel={() => setViewing(null)}
          actions={<button type="button" className="button" onClick={() => setViewing(null)}>{t.close}</button>}>
          <h3>{viewing.content.title}</h3>
          {textBlocks(viewing.content.body).map((block, i) => (block.isHeading ? <h4 key={i}>{block.text}</h4> : <p key={i}>{block.text}</p>))}
        </ModalDialog>
      )}
    </details>
  );
}
