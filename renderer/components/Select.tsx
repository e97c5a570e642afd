import type { SelectHTMLAttributes } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> {
  value: string;
  options: readonly SelectOption[];
  onChange(value: string): void;
  /** A first option with value '' ("— Chọn —", "Tất cả cơ quan"). */
  placeholder?: string;
}

export function Select({ value, options, onChange, placeholder, className, ...rest }: SelectProps) {
  // A select cannot wrap: the chosen option's whole text is its hover, should the box be narrower.
  const chosen = options.find((o) => o.value === value)?.label;
  return (
    <select
      title={chosen}
      {...rest}
      className={`input select${className ? ` ${className}` : ''}`}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
