/**
 * Adds a link to the selected text (or inserts the text with its link). Only https:, http: and mailto:
 * addresses are accepted, and none to this computer or the local network; anything else is refused with
 * a message at the field that says which.
 */
import type { Editor } from '@tiptap/core';
import { useId, useState } from 'react';
import { sv } from '../../../../electron/shared/i18n/sv';
import { checkExternalUrl } from '../../../../electron/shared/links/externalUrl';
import { TextField } from '../../../components/FormField';
import { ModalDialog } from '../../../components/ModalDialog';

const t = sv.minutes.ui;

export function LinkDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { from, to, empty } = editor.state.selection;
  const [href, setHref] = useState(String(editor.getAttributes('link').href ?? ''));
  const [text, setText] = useState(empty ? '' : editor.state.doc.textBetween(from, to));
  const [error, setError] = useState<string | undefined>(undefined);
  const formId = useId();

  const insert = () => {
    const checked = checkExternalUrl(href.trim());
    if (!checked.ok) return setError(checked.reason === 'local' ? t.linkLocal : t.linkRefused);
    const { url } = checked;
    const chain = editor.chain();
    if (empty) chain.insertContent({ type: 'text', text: text.trim() || url.href, marks: [{ type: 'link', attrs: { href: url.href } }] }).run();
    else chain.extendMarkRange('link').setLink({ href: url.href }).run();
    onClose();
  };

  return (
    <ModalDialog title={t.link} onCancel={onClose}
      actions={<>
        {/* The form's submit button: Enter in either field inserts the link, as it does with one field. */}
        <button type="submit" form={formId} className="button button--primary">{t.insertLink}</button>
        <button type="button" className="button" onClick={onClose}>{t.cancel}</button>
      </>}>
      <form id={formId} className="form" onSubmit={(event) => { event.preventDefault(); insert(); }}>
        <TextField label={t.linkAddress} value={href} error={error} onChange={(value) => { setHref(value); setError(undefined); }} />
        {empty && <TextField label={t.linkText} value={text} onChange={setText} />}
      </form>
    </ModalDialog>
  );
}
