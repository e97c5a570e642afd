import { useEffect, useId, useRef, useState } from 'react';
import type { SelectOption } from './Select';

export interface MultiSelectProps {
  label: string;
  options: readonly SelectOption[];
  value: readonly string[];
  onChange(value: string[]): void;
  /** Shown on the button when nothing is chosen ("Tất cả"). */
  emptyText: string;
  testId?: string;
}

/**
 * A compact multi-choice filter: a button that opens a list of checkboxes (disclosure pattern).
 * Esc or a click elsewhere closes it; focus returns to the button.
 */
export function MultiSelect({ label, options, value, onChange, emptyText, testId }: MultiSelectProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const chosen = new Set(value);
  const summary =
    value.length === 0
      ? emptyText
      : value.length <= 2
        ? options
            .filter((o) => chosen.has(o.value))
            .map((o) => o.label)
            .join(', ')
        : `${value.length}/${options.length}`;

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const toggle = (v: string) =>
    onChange(options.map((o) => o.value).filter((o) => (o === v ? !chosen.has(o) : chosen.has(o))));

  return (
    <div
      className="field multiselect"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      <button
        ref={button}
        type="button"
        className="input multiselect-button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-labelledby={`${id}-label ${id}-value`}
        data-testid={testId}
        onClick={() => setOpen((o) => !o)}
      >
        <span id={`${id}-value`} className="multiselect-value">
          {summary}
        </span>
        <span aria-hidden="true" className="multiselect-caret">
          ▾
        </span>
      </button>
      <div id={`${id}-panel`} className="multiselect-panel" hidden={!open}>
        <fieldset>
          <legend className="visually-hidden">{label}</legend>
          {options.map((o) => (
            <label key={o.value} className="check-row">
              <input type="checkbox" checked={chosen.has(o.value)} onChange={() => toggle(o.value)} />
              {o.label}
            </label>
          ))}
        </fieldset>
        {value.length > 0 ? (
          <button type="button" className="btn btn-link btn-sm" onClick={() => onChange([])}>
            {emptyText}
          </button>
        ) : null}
      </div>
    </div>
  );
}
