/**
 * Hjälp → Om RÖS Sekreterare: the version and where the data file is.
 */
import { sv } from '../../../electron/shared/i18n/sv';
import { call } from '../../api/ros';
import { useQuery } from '../../api/useQuery';
import { ModalDialog } from '../../components/ModalDialog';

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const info = useQuery(() => call('getAppInfo'));
  return (
    <ModalDialog
      title={sv.menu.about}
      onCancel={onClose}
      actions={<button type="button" className="button button--primary" onClick={onClose}>{sv.menu.close}</button>}
    >
      {info.value && (
        <>
          <p>{sv.menu.aboutText(info.value.version)}</p>
          <p>
            {sv.menu.dataFile}: <code className="path">{info.value.dataFile}</code>
          </p>
        </>
      )}
    </ModalDialog>
  );
}
