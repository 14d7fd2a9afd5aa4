/**
 * Labelled form controls with their help text and Swedish error message tied to the control
 * (aria-describedby, aria-invalid), so every field reads the same for a screen reader.
 */
import { useId, type ReactNode } from 'react';

interface FieldFrameProps {
  label: string;
  error?: string | undefined;
  help?: string | undefined;
  children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}

function FieldFrame({ label, error, help, children }: FieldFrameProps) {
  const id = useId();
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(error ? { 'aria-invalid': true } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
      {help && (
        <p id={`${id}-help`} className="field-help">
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  help?: string | undefined;
  type?: 'text' | 'email' | 'tel' | 'date' | 'time' | 'search' | 'url' | 'number';
  multiline?: boolean;
  onBlur?: () => void;
  /** Suggestions offered while typing (the id of a <datalist>). */
  list?: string;
  /** Takes the focus as it appears: the first field of a form the user has just opened. */
  autoFocus?: boolean;
}

export function TextField({ label, value, onChange, error, help, type = 'text', multiline, onBlur, list, autoFocus }: TextFieldProps) {
  return (
    <FieldFrame label={label} error={error} help={help}>
      {(aria) =>
        multiline ? (
          <textarea {...aria} value={value} rows={4} autoFocus={autoFocus} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
        ) : (
          <input {...aria} type={type} value={value} list={list} autoFocus={autoFocus} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
        )
      }
    </FieldFrame>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T) => void;
  error?: string | undefined;
}

export function SelectField<T extends string>({ label, value, options, onChange, error }: SelectFieldProps<T>) {
  return (
    <FieldFrame label={label} error={error}>
      {(aria) => (
        <select {...aria} value={value} onChange={(e) => onChange(e.target.value as T)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export function CheckboxField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
