/**
 * Import from a CSV or Excel file in two steps: the preview (which column fills which field, what each
 * unknown value in the file stands for, the lines that will be imported with their warnings, those
 * already in the register and those rejected with line number and reason), then "Importera" — nothing
 * is written before that.
 */
import { useId, useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import {
  memberImportFields, organisationImportFields, type ColumnMapping, type ImportKind, type ImportPreview,
} from '../../../electron/shared/register/importContract';
import { enumeratedLabels, type FileValue, type ValueMapping } from '../../../electron/shared/register/importValues';
import { call } from '../../api/ros';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/FormField';

const t = sv.register.ui;
const ti = sv.register.import;

interface LineTableProps {
  heading: string;
  rows: ReadonlyArray<{ line: number; reason: string; note?: string }>;
  valueHeader?: string;
  /** The heading of a third column, shown when a row has a note. */
  noteHeader?: string;
}

function LineTable({ heading, rows, valueHeader = t.reason, noteHeader }: LineTableProps) {
  if (rows.length === 0) return null;
  const notes = noteHeader !== undefined && rows.some((row) => row.note);
  return (
    <table className="table">
      <caption>{heading}</caption>
      <thead>
        <tr>
          <th scope="col">{t.line}</th>
          <th scope="col">{valueHeader}</th>
          {notes && <th scope="col">{noteHeader}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.line}>
            <td>{row.line}</td>
            <td>{row.reason}</td>
            {notes && <td>{row.note}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The mapping with one value of the file mapped to one of the app's values, or to none (''). */
function choose(mapping: ValueMapping, { field, key }: FileValue, chosen: string): ValueMapping {
  const entries: Record<string, string> = { ...mapping[field] };
  if (chosen === '') delete entries[key];
  else entries[key] = chosen;
  return { ...mapping, [field]: entries };
}

export function ImportButton({ kind, onImported }: { kind: ImportKind; onImported: (message: string) => void }) {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const valuesHelpId = useId();
  const labels: Record<string, string> = kind === 'organisations' ? sv.register.organisationFields : sv.register.memberFields;
  const fields = kind === 'organisations' ? organisationImportFields : memberImportFields;

  const start = async () => {
    const result = await call('previewImport', { kind });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setPreview(result.value);
  };

  const remap = async (mapping: ColumnMapping, valueMapping: ValueMapping) => {
    if (!preview) return;
    const result = await call('remapImport', { token: preview.token, mapping, valueMapping });
    if (!result.ok) return setError(result.error.message);
    setPreview(result.value);
  };

  const confirm = async () => {
    if (!preview) return;
    const result = await call('confirmImport', { token: preview.token, mapping: preview.mapping, valueMapping: preview.valueMapping });
    if (!result.ok) return setError(result.error.message);
    setPreview(null);
    onImported(t.imported(result.value.imported, result.value.duplicates, result.value.rejected));
  };

  const columnOptions = [
    { value: '', label: t.notImported },
    ...(preview?.headers ?? []).map((header, index) => ({ value: String(index), label: header || `${index + 1}` })),
  ];

  return (
    <>
      <button type="button" className="button" onClick={() => void start()}>
        {t.importFile}
      </button>
      <ErrorMessage message={error} />
      {preview && (
        <section className="card import-panel" aria-labelledby="import-heading">
          <h2 id="import-heading">{t.importHeading}</h2>
          <p role="status">{t.importSummary(preview.accepted.length, preview.duplicates.length, preview.rejected.length)}</p>
          <fieldset className="mapping">
            <legend>{t.importMapping}</legend>
            {fields.map((field) => (
              <SelectField
                key={field}
                label={labels[field] ?? field}
                value={preview.mapping[field] === null || preview.mapping[field] === undefined ? '' : String(preview.mapping[field])}
                options={columnOptions}
                onChange={(value) => void remap({ ...preview.mapping, [field]: value === '' ? null : Number(value) }, preview.valueMapping)}
              />
            ))}
          </fieldset>
          {preview.values.length > 0 && (
            <fieldset className="mapping" aria-describedby={valuesHelpId}>
              <legend>{ti.values.heading}</legend>
              <p id={valuesHelpId} className="field-help">{ti.values.help}</p>
              {preview.values.map((entry) => (
                <SelectField
                  key={`${entry.field}|${entry.key}`}
                  label={ti.values.label(labels[entry.field] ?? entry.field, entry.value, entry.lines)}
                  value={preview.valueMapping[entry.field]?.[entry.key] ?? ''}
                  options={[
                    { value: '', label: ti.values.choose },
                    ...Object.entries(enumeratedLabels[entry.field]).map(([value, label]) => ({ value, label })),
                  ]}
                  onChange={(chosen) => void remap(preview.mapping, choose(preview.valueMapping, entry, chosen))}
                />
              ))}
            </fieldset>
          )}
          <LineTable heading={t.rejectedHeading} rows={preview.rejected} />
          <LineTable heading={t.duplicatesHeading} rows={preview.duplicates} />
          <LineTable
            heading={t.acceptedHeading}
            valueHeader={labels.name}
            noteHeader={ti.warningsHeader}
            rows={preview.accepted.map((a) => ({ line: a.line, reason: a.name, note: a.warnings.join(' ') }))}
          />
          <div className="button-row">
            <button type="button" className="button button--primary" disabled={preview.accepted.length === 0} onClick={() => void confirm()}>
              {t.confirmImport(preview.accepted.length)}
            </button>
            <button type="button" className="button" onClick={() => setPreview(null)}>
              {t.cancel}
            </button>
          </div>
        </section>
      )}
    </>
  );
}
