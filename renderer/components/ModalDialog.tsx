/**
 * A modal dialog on the native <dialog> element (focus is trapped, Esc closes it and the focus goes back
 * to where it was, by the browser): a title, a text and the buttons the caller gives. Used for
 * confirmations and for the conflict choice.
 */
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

export interface ModalDialogProps {
  title: string;
  children: ReactNode;
  actions: ReactNode;
  onCancel?: () => void;
  role?: 'dialog' | 'alertdialog';
}

export function ModalDialog({ title, children, actions, onCancel, role = 'dialog' }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Closed while still on the page (a layout effect's clean-up runs before React removes the element), so
  // that the browser gives the focus back to where it was when the dialog opened, instead of to <body>.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      role={role}
      aria-labelledby={titleId}
      className="modal"
      onCancel={(event) => {
        event.preventDefault();
        onCancel?.();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="modal-body">{children}</div>
      <div className="modal-actions">{actions}</div>
    </dialog>
  );
}
