/**
 * Asks before a link in minutes leaves the app, from the editor's toolbar or a click on a link in
 * fastställda (read-only) minutes: it shows where the link goes and whether the web browser or the mail
 * program opens it, and opens it only through the validated `openExternalLink` call. A link the guard
 * refuses (not a web or mail address, or one to this computer or the local network) says why instead.
 */
import { useState } from 'react';
import { sv } from '../../../../electron/shared/i18n/sv';
import { checkExternalUrl } from '../../../../electron/shared/links/externalUrl';
import { call } from '../../../api/ros';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ModalDialog } from '../../../components/ModalDialog';

const t = sv.minutes.ui;

export function OpenLinkDialog({ href, onClose }: { href: string; onClose: () => void }) {
  const checked = checkExternalUrl(href);
  const [error, setError] = useState<string | null>(checked.ok ? null : checked.reason === 'local' ? t.linkLocal : t.linkRefused);
  const open = async () => {
    const result = await call('openExternalLink', { url: href });
    if (result.ok) onClose();
    else setError(result.error.message);
  };
  return (
    <ModalDialog title={t.openLinkTitle} onCancel={onClose}
      actions={<>
        {checked.ok && <button type="button" className="button button--primary" onClick={() => void open()}>{t.openLink}</button>}
        <button type="button" className="button" onClick={onClose}>{t.cancel}</button>
      </>}>
      {checked.ok && (
        <p>
          {checked.url.protocol === 'mailto:' ? t.openLinkInMail : t.openLinkInBrowser} <code className="path">{checked.url.href}</code>
        </p>
      )}
      <ErrorMessage message={error} />
    </ModalDialog>
  );
}
