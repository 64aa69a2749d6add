import { useEffect, useId, useState, type ReactNode } from 'react';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
  readonly multiline?: boolean;
  readonly placeholder?: string;
  readonly hint?: ReactNode;
  readonly rows?: number;
}

/**
 * A text field that changes the map when the user is done with it (leaving the field,
 * Enter, or Ctrl+Enter in a multi-line field), so one edit is one undo step rather than
 * one per keystroke. Escape puts the stored value back.
 */
export function TextField({ label, value, onCommit, multiline, placeholder, hint, rows = 4 }: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const common = {
    id,
    value: draft,
    placeholder,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Escape') {
        setDraft(value);
        (e.target as HTMLElement).blur();
      } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        commit();
      }
    },
  };
  return (
    <div className="cp-field-row">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
      {hint ? <div className="cp-field-hint">{hint}</div> : null}
    </div>
  );
}

interface SelectFieldProps {
  readonly label: string;
  readonly value: string;
  readonly options: readonly { value: string; label: string }[];
  readonly onChange: (value: string) => void;
  /** Shown first, for "none" (value ""). */
  readonly emptyLabel?: string;
}

export function SelectField({ label, value, options, onChange, emptyLabel }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="cp-field-row">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const id = useId();
  return (
    <section className="cp-details__section" aria-labelledby={id}>
      <div className="cp-details__section-head">
        <h3 id={id}>{title}</h3>
        {actions}
      </div>
      {children}
    </section>
  );
}
