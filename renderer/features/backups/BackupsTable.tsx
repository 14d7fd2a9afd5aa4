/**
 * The backups in the data folder, newest first, each with an "Återställ" button that asks first.
 * Used in Inställningar and on the recovery screen.
 */
import { useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import { formatDateTime } from '../../../electron/shared/format/dates';
import type { BackupInfo, StoreStatus } from '../../../electron/shared/store/status';
import { call } from '../../api/ros';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { TableScroll } from '../../components/TableScroll';

const kilobytes = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

export function BackupsTable({ backups, onRestored }: { backups: readonly BackupInfo[]; onRestored: (status: StoreStatus, date: string) => void }) {
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (backups.length === 0) return <p>{sv.settings.backupsEmpty}</p>;

  const restore = async (backup: BackupInfo) => {
    setConfirming(null);
    const result = await call('restoreBackup', { fileName: backup.fileName });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    onRestored(result.value, formatDateTime(backup.createdAt));
  };

  return (
    <>
      <ErrorMessage message={error} />
      <TableScroll label={sv.settings.backupsHeading}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{sv.settings.backupDate}</th>
              <th scope="col">{sv.settings.backupReason}</th>
              <th scope="col" className="numeric">{sv.settings.backupSize}</th>
              <th scope="col">
                <span className="visually-hidden">{sv.settings.backupAction}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.fileName}>
                <td>{formatDateTime(backup.createdAt)}</td>
                <td>{sv.backupReasons[backup.reason]}</td>
                <td className="numeric">{kilobytes.format(backup.sizeBytes / 1024)} kB</td>
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`${sv.settings.restore} ${formatDateTime(backup.createdAt)}`}
                    onClick={() => setConfirming(backup)}
                  >
                    {sv.settings.restore}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {confirming && (
        <ModalDialog
          title={sv.settings.restore}
          onCancel={() => setConfirming(null)}
          actions={
            <>
              <button type="button" className="button button--primary" onClick={() => void restore(confirming)}>
                {sv.settings.restore}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(null)}>
                {sv.settings.cancel}
              </button>
            </>
          }
        >
          <p>{sv.settings.restoreConfirm(formatDateTime(confirming.createdAt))}</p>
        </ModalDialog>
      )}
    </>
  );
}
