/**
 * The lifecycle of minutes, folded into one compact control of the header: the status button
 * (utkast → skickad för granskning → fastställd) opens the actions that move it on. Fastställda
 * minutes are read-only; "Lås upp" asks for a reason, which the history keeps with who and when.
 */
import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
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
  const [open, setOpen] = useState(false);
  const [unlocking, setUnlocking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const toggle = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const unlock = async () => {
    if (!reason.trim()) return setError(sv.errors.fields.required);
    const failure = await onUnlock(reason.trim());
    if (failure) return setError(failure);
    setUnlocking(false);
    setReason('');
  };
  const choose = (act: () => void) => () => {
    setOpen(false);
    act();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    toggle.current?.focus();
  };
  // The actions close when the focus leaves them and their button (for a dialog of their own too).
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
  };
  const action = (label: string, act: () => void) => (
    <button type="button" className="button button--small" onClick={choose(act)}>{label}</button>
  );
  return (
    <div className="lifecycle" role="group" aria-label={t.lifecycle} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button ref={toggle} type="button" className={`button button--small status-badge status-badge--${status}`}
        aria-expanded={open} aria-controls={menuId} onClick={() => setOpen(!open)}>
        {t.lifecycle}: {sv.minutes.statuses[status]} <span aria-hidden="true">▾</span>
      </button>
      <div id={menuId} className="lifecycle__actions" hidden={!open}>
        {status === 'draft' && action(t.sendForReview, () => onStatus('inReview'))}
        {status === 'inReview' && action(t.backToDraft, () => onStatus('draft'))}
        {status !== 'approved' && action(t.approve, () => onStatus('approved'))}
        {status === 'approved' && action(t.unlock, () => setUnlocking(true))}
      </div>
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
