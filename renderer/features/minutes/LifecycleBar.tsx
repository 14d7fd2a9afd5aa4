/**
 * The lifecycle of minutes: utkast → skickad för granskning → fastställd. Fastställda minutes are
 * read-only; "Lås upp" asks for a reason, which the history keeps with who and when.
 */
import { useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import type { MinutesStatus } from '../../../electron/shared/minutes/minutes';
import { TextField } from '../../components/FormField';
import { ModalDialog } from '../../components/ModalDialog';

const t = sv.minutes.ui;

interface Props {
  status: MinutesStatus;
  onStatus: (status: MinutesStatus) => void;
  onUnlock: (reason: string) => Promise<string | null>;
}

export function LifecycleBar({ status, onStatus, onUnlock }: Props) {
  const [unlocking, setUnlocking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const unlock = async () => {
    if (!reason.trim()) return setError(sv.errors.fields.required);
    const failure = await onUnlock(reason.trim());
    if (failure) return setError(failure);
    setUnlocking(false);
    setReason('');
  };
  return (
    <div className="toolbar" role="group" aria-label={t.lifecycle}>
      <span className={`status-badge status-badge--${status}`}>{t.lifecycle}: {sv.minutes.statuses[status]}</span>
      {status === 'draft' && <button type="button" className="button" onClick={() => onStatus('inReview')}>{t.sendForReview}</button>}
      {status === 'inReview' && <button type="button" className="button" onClick={() => onStatus('draft')}>{t.backToDraft}</button>}
      {status !== 'approved' && <button type="button" className="button" onClick={() => onStatus('approved')}>{t.approve}</button>}
      {status === 'approved' && <button type="button" className="button" onClick={() => setUnlocking(true)}>{t.unlock}</button>}
      {unlocking && (
        <ModalDialog title={t.unlockHeading} onCancel={() => setUnlocking(false)}
          actions={<>
            <button type="button" className="button button--primary" onClick={() => void unlock()}>{t.unlock}</button>
            <button type="button" className="button" onClick={() => setUnlocking(false)}>{t.cancel}</button>
          </>}>
          <TextField label={t.unlockReason} help={t.unlockHelp} value={reason} error={error} onChange={(value) => { setReason(value); setError(undefined); }} />
        </ModalDialog>
      )}
    </div>
  );
}
