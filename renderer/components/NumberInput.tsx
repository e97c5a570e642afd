import type { InputHTMLAttributes } from 'react';
import { parseViNumber } from '../../shared/format/vi';

export type NumberRead = { ok: true; value: number | null } | { ok: false };

/** Empty is "no number"; otherwise Vietnamese notation (12,5 / 1.234) or a pasted 12.5. */
export function readNumberText(text: string): NumberRead {
  if (text.trim() === '') return { ok: true, value: null };
  const value = parseViNumber(text);
  return value === null ? { ok: false } : { ok: true, value };
}

export interface NumberInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string;
  onChange(text: string): void;
  /** Shown after the box, e.g. "%". */
  suffix?: string;
}

/** A text box for numbers as officers type them; the form reads it with readNumberText. */
export function NumberInput({ value, onChange, suffix, className, ...rest }: NumberInputProps) {
  const input = (
    <input
      type="text"
      inputMode="decimal"
      autoComplete="off"
      {...rest}
      className={`input input-number${className ? ` ${className}` : ''}`}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
  if (!suffix) return input;
  return (
    <span className="input-with-suffix">
      {input}
      <span className="input-suffix" aria-hidden="true">
        {suffix}
      </span>
    </span>
  );
}
