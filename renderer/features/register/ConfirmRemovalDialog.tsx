// Asks before something is removed from the register; the caller says what and how.
import type { ReactNode } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import { ModalDialog } from '../../components/ModalDialog';

export function ConfirmRemovalDialog({ title, text, actions, onCancel, children }: {
  title: string;
  text: string;
  actions: ReadonlyArray<{ label: string; run: () => void }>;
  onCancel: () => void;
  children?: ReactNode;
}) {
  return (
    <ModalDialog
      role="alertdialog"
      title={title}
      onCancel={onCancel}
      actions={
        <>
          {actions.map((action) => (
            <button key={action.label} type="button" className="button button--danger" onClick={action.run}>
              {action.label}
            </button>
          ))}
          <button type="button" className="button" onClick={onCancel}>
            {sv.register.ui.cancel}
          </button>
        </>
      }
    >
      <p>{text}</p>
      {children}
    </ModalDialog>
  );
}
