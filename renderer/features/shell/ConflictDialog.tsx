// Asks which version wins when another program changed the data file since the app read it.
import { useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import type { StoreStatus } from '../../../electron/shared/store/status';
import { call } from '../../api/ros';
import { saveStatusStore } from '../../api/saveStatus';
import { discardPendingSaves, flushAllPendingSaves } from '../../api/pendingSaves';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';

export function ConflictDialog({ onStatusChange }: { onStatusChange: (status: StoreStatus) => void }) {
  const [error, setError] = useState<string | null>(null);
  const choose = async (choice: 'keepMine' | 'useDisk') => {
    if (choice === 'useDisk') discardPendingSaves();
    const result = await call('resolveConflict', { choice });
    if (!result.ok) return setError(result.error.message);
    saveStatusStore.setStatus({ kind: 'saved', at: new Date() });
    onStatusChange(result.value);
    // The edit the conflict stopped is still on screen: keeping mine sends it now.
    if (choice === 'keepMine') await flushAllPendingSaves();
  };
  return (
    <ModalDialog
      role="alertdialog"
      title={sv.conflict.title}
      actions={
        <>
          <button type="button" className="button button--primary" onClick={() => void choose('keepMine')}>
            {sv.conflict.keepMine}
          </button>
          <button type="button" className="button" onClick={() => void choose('useDisk')}>
            {sv.conflict.useDisk}
          </button>
        </>
      }
    >
      <p>{sv.conflict.text}</p>
      <ErrorMessage message={error} />
    </ModalDialog>
  );
}
