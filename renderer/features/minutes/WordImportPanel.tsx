/**
 * "Importera anteckningar från Word …": choose .docx files, see per file what it becomes (title, date,
 * the meeting it joins or the meeting created, sections, decisions and action items, what became plain
 * text, what stops it), tick the files to import, then import them — nothing is written before that.
 * Also reached from the menu (Arkiv → Importera anteckningar från Word …).
 */
import { useEffect, useRef, useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import { longDate } from '../../../electron/shared/meetings/meetingText';
import type { WordImportFile, WordImportPreview, WordImportResult } from '../../../electron/shared/minutes/wordImport';
import { useMenuCommands } from '../../api/menu';
import { call } from '../../api/ros';
import { ErrorMessage } from '../../components/ErrorMessage';

const w = sv.wordImport;

function FilePreview({ file, chosen, onChoose }: { file: WordImportFile; chosen: boolean; onChoose: (chosen: boolean) => void }) {
  return (
    <article className="word-import-file" aria-labelledby={`word-import-${file.id}`}>
      <h3 id={`word-import-${file.id}`}>{file.fileName}</h3>
      {file.error ? <p className="error-message">{file.error}</p> : (
        <>
          <label className="checkbox">
            <input type="checkbox" checked={chosen} disabled={!file.importable} onChange={(event) => onChoose(event.target.checked)} />
            {' '}{w.include(file.fileName)}
          </label>
          <dl className="word-import-facts">
            <dt>{w.title}</dt><dd>{file.title}</dd>
            {file.date && <><dt>{w.date}</dt><dd>{longDate(file.date)}</dd></>}
            {file.date && <><dt>{w.meeting}</dt><dd>{file.meeting ? w.meetingFound(file.meeting.label) : w.meetingCreated(file.newMeetingKind)}</dd></>}
            <dt>{w.form}</dt><dd>{sv.minutes.forms[file.form]}</dd>
            <dt>{w.sections}</dt>
            <dd>{file.sections.length ? file.sections.join(' · ') : w.noSections} ({w.words(file.words)}; {w.decisionsAndActions(file.decisions, file.actions)})</dd>
          </dl>
          {file.plainText.length > 0 && (
            <>
              <h4>{w.plainText}</h4>
              <ul>{file.plainText.map((note) => <li key={note}>{note}</li>)}</ul>
            </>
          )}
          {file.problems.length > 0 && (
            <>
              <h4>{w.problems}</h4>
              <ul className="error-message">{file.problems.map((problem) => <li key={problem}>{problem}</li>)}</ul>
            </>
          )}
        </>
      )}
    </article>
  );
}

export function WordImportPanel({ onImported, onOpen }: { onImported: () => void; onOpen: (minutesId: string) => void }) {
  const [preview, setPreview] = useState<WordImportPreview | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<WordImportResult | null>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const resultStatus = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => previewHeading.current?.focus(), [preview]);
  useEffect(() => resultStatus.current?.focus(), [result]);

  const start = async () => {
    setReading(true);
    setResult(null);
    const answer = await call('previewWordImport');
    setReading(false);
    if (!answer.ok) return setError(answer.error.message);
    setError(null);
    setPreview(answer.value);
    setChosen(new Set(answer.value?.files.filter((f) => f.importable).map((f) => f.id) ?? []));
  };
  useMenuCommands({ importWord: () => void start() });

  const confirm = async () => {
    if (!preview) return;
    const answer = await call('confirmWordImport', { token: preview.token, fileIds: [...chosen] });
    if (!answer.ok) return setError(answer.error.message);
    setError(null);
    setPreview(null);
    setResult(answer.value);
    onImported();
  };
  const cancel = () => {
    setPreview(null);
    opener.current?.focus();
  };
  const choose = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <section className="card" aria-labelledby="word-import-heading">
      <h2 id="word-import-heading">{w.heading}</h2>
      <button ref={opener} type="button" className="button" onClick={() => void start()}>{w.button}</button>
      {reading && <p role="status">{w.reading}</p>}
      <ErrorMessage message={error} />
      {result && (
        <div className="word-import-result">
          <p role="status" tabIndex={-1} ref={resultStatus}>{w.imported(result.imported.length)}</p>
          {result.skipped.map((s) => <p key={s.fileName} className="error-message">{w.skipped(s.fileName, s.reason)}</p>)}
          <div className="button-row">
            {result.imported.map((i) => (
              <button key={i.minutesId} type="button" className="button" onClick={() => onOpen(i.minutesId)}>{w.open(i.title)}</button>
            ))}
          </div>
        </div>
      )}
      {preview && (
        <div className="word-import-preview">
          <h3 ref={previewHeading} tabIndex={-1}>{w.lead}</h3>
          {preview.files.map((file) => <FilePreview key={file.id} file={file} chosen={chosen.has(file.id)} onChoose={(on) => choose(file.id, on)} />)}
          <div className="button-row">
            <button type="button" className="button button--primary" disabled={chosen.size === 0} onClick={() => void confirm()}>{w.importChosen(chosen.size)}</button>
            <button type="button" className="button" onClick={cancel}>{w.cancel}</button>
          </div>
        </div>
      )}
    </section>
  );
}
