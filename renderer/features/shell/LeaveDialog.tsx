// Asks before a screen is left over a form whose edits only its own button can save.
import { sv } from '../../../electron/shared/i18n/sv';
import { useLeaveRequest } from '../../api/pendingSaves';
import { ModalDialog } from '../../components/ModalDialog';

export function LeaveDialog() {
  const request = useLeaveRequest();
  if (!request) return null;
  const t = sv.shutdown;
  return (
    <ModalDialog
      role="alertdialog"
      title={t.leaveTitle}
      onCancel={request.stay}
      actions={
        <>
          <button type="button" className="button button--primary" autoFocus onClick={request.stay}>{t.stay}</button>
          <button type="button" className="button button--danger" onClick={request.leave}>{t.leaveWithoutSaving}</button>
        </>
      }
    >
      <p>{t.leaveText(request.formName)}</p>
    </ModalDialog>
  );
}
