/**
 * "Version för webben …" on the minutes (and Arkiv → Exportera version för webben …): a button and its
 * dialog. The dialog lists every change the rules in Inställningar make — where, what it was, what it
 * becomes, and the text around it — each a checkbox, ticked to keep the change and unticked to undo it;
 * then saves the version for the web as Word or PDF. Above them it warns of each first name or surname
 * left as written that may mean someone not published, for the secretary to edit in the minutes. The
 * pending text is saved before the preview.
 */
import { useEffect, useId, useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import type { WebChange, WebWarning } from '../../../electron/shared/publishing/webVersion';
import { useMenuCommands } from '../../api/menu';
import { call } from '../../api/ros';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ExportedFile } from '../../components/ExportedFile';
import { ModalDialog } from '../../components/ModalDialog';

const t = sv.webVersion;

interface Props {
  minutesId: string;
  /** Runs before the preview (the minutes save their pending text). */
  beforePreview: () => Promise<unknown>;
}

export function WebVersionButton({ minutesId, beforePreview }: Props) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  useMenuCommands({ exportWeb: () => setOpen(true) });
  return (
    <>
      <button type="button" className="button button--small" onClick={() => setOpen(true)}>{t.button}</button>
      {saved && (
        <>
          <p role="status" className="notice">{t.saved}</p>
          <ExportedFile path={saved} />
        </>
      )}
      {open && <WebVersionDialog minutesId={minutesId} beforePreview={beforePreview} onSaved={(path) => { setSaved(path); setOpen(false); }} onCancel={() => setOpen(false)} />}
    </>
  );
}

function WebVersionDialog({ minutesId, beforePreview, onSaved, onCancel }: Props & { onSaved: (path: string) => void; onCancel: () => void }) {
  const [changes, setChanges] = useState<WebChange[] | null>(null);
  const [warnings, setWarnings] = useState<WebWarning[]>([]);
  const [undone, setUndone] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void beforePreview()
      .then(() => call('previewWebVersion', { id: minutesId }))
      .then((result) => {
        if (!result.ok) return setError(result.error.message);
        setWarnings(result.value.warnings);
        setChanges(result.value.changes);
      });
    // The preview is made once, when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const toggle = (id: string, keep: boolean) => {
    const next = new Set(undone);
    if (keep) next.delete(id);
    else next.add(id);
    setUndone(next);
  };
  const save = async (format: 'docx' | 'pdf') => {
    setBusy(true);
    const result = await call('exportWebVersion', { id: minutesId, format, undone: [...undone] });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    if (result.value) onSaved(result.value.path);
  };

  return (
    <ModalDialog title={t.dialogTitle} onCancel={onCancel}
      actions={<>
        <button type="button" className="button button--primary" disabled={busy || !changes} onClick={() => void save('docx')}>{t.saveWord}</button>
        <button type="button" className="button" disabled={busy || !changes} onClick={() => void save('pdf')}>{t.savePdf}</button>
        <button type="button" className="button" onClick={onCancel}>{sv.register.ui.cancel}</button>
      </>}>
      <ErrorMessage message={error} />
      {warnings.length > 0 && <Warnings warnings={warnings} />}
      {changes && (changes.length === 0 ? <p>{t.noChanges}</p> : (
        <>
          <p>{t.lead}</p>
          <fieldset className="web-changes">
            <legend>{t.changesLegend(changes.length - undone.size, changes.length)}</legend>
            {changes.map((change) => <ChangeItem key={change.id} change={change} kept={!undone.has(change.id)} onToggle={(keep) => toggle(change.id, keep)} />)}
          </fieldset>
        </>
      ))}
    </ModalDialog>
  );
}

function Warnings({ warnings }: { warnings: readonly WebWarning[] }) {
  const id = useId();
  return (
    <section className="web-warnings" aria-labelledby={id}>
      <h3 id={id}>{t.warningsHeading}</h3>
      <ul>
        {warnings.map((w, i) => (
          <li key={i}>
            {t.ambiguousName(w.where, w.name, w.people)}
            <p className="field-help web-change__context">{w.lead}<mark>{w.name}</mark>{w.trail}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ChangeItem({ change, kept, onToggle }: { change: WebChange; kept: boolean; onToggle: (keep: boolean) => void }) {
  const id = useId();
  const hasContext = change.lead !== '' || change.trail !== '';
  return (
    <div className="web-change">
      <input id={id} type="checkbox" checked={kept} aria-describedby={hasContext ? `${id}-context` : undefined} onChange={(e) => onToggle(e.target.checked)} />
      <label htmlFor={id}>
        <span className="web-change__rule">{t.rules[change.rule]}</span> {t.keep(change.where, change.before, change.after)}
      </label>
      {hasContext && (
        <p id={`${id}-context`} className="field-help web-change__context">
          {change.lead}<mark>{change.before}</mark>{change.trail}
        </p>
      )}
    </div>
  );
}
