/**
 * Arkiv in Inställningar: export everything as one .zip for the next secretary, or import one into this
 * data folder (after a confirmation; the current file is backed up first) or into a new, empty folder.
 * Arkiv → Exportera arkiv / Importera arkiv in the menu do the same.
 */
import { useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import type { StoreStatus } from '../../../electron/shared/store/status';
import { useMenuCommands } from '../../api/menu';
import { call } from '../../api/ros';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ExportedFile } from '../../components/ExportedFile';
import { ModalDialog } from '../../components/ModalDialog';

const t = sv.archive;

export function ArchiveCard({ onStatusChange }: { onStatusChange: (status: StoreStatus) => void }) {
  const [exported, setExported] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const exportArchive = async () => {
    const result = await call('exportArchive');
    if (!result.ok) return setError(result.error.message);
    setError(null);
    if (result.value) setExported(result.value.path);
  };
  useMenuCommands({ exportArchive: () => void exportArchive(), importArchive: () => setConfirming(true) });
  const importArchive = async (target: 'current' | 'newFolder') => {
    setConfirming(false);
    const result = await call('importArchive', { target });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    if (!result.value) return;
    setNotice(t.imported);
    onStatusChange(result.value);
  };

  return (
    <section aria-labelledby="settings-archive" className="card">
      <h2 id="settings-archive">{t.heading}</h2>
      <p>{t.lead}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void exportArchive()}>{t.exportArchive}</button>
        <button type="button" className="button" onClick={() => setConfirming(true)}>{t.importIntoCurrent}</button>
        <button type="button" className="button" onClick={() => void importArchive('newFolder')}>{t.importIntoNew}</button>
      </div>
      {exported && <ExportedFile path={exported} />}
      {notice && <p role="status" className="notice">{notice}</p>}
      <ErrorMessage message={error} />
      {confirming && (
        <ModalDialog
          title={t.importHeading}
          onCancel={() => setConfirming(false)}
          actions={
            <>
              <button type="button" className="button button--primary" onClick={() => void importArchive('current')}>{t.importIntoCurrent}</button>
              <button type="button" className="button" onClick={() => void importArchive('newFolder')}>{t.importIntoNew}</button>
              <button type="button" className="button" onClick={() => setConfirming(false)}>{sv.settings.cancel}</button>
            </>
          }
        >
          <p>{t.confirmImportCurrent}</p>
        </ModalDialog>
      )}
    </section>
  );
}
