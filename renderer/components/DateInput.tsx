import type { InputHTMLAttributes, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../shared/domain';
import { dateToText, readDateText } from './dateText';

export interface DateInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  /** The text as typed; forms keep text and read it with readDateText on save. */
  value: string;
  onChange(text: string): void;
  /** Called on blur or Enter with the date read from valid text (null when emptied). */
  onCommit?(value: IsoDate | null): void;
}

/**
 * A dd/mm/yyyy text box. Officers type dates faster than they pick them, and the native date picker
 * shows the operating system's format, not the one on their documents. Valid text is tidied to
 * dd/mm/yyyy when the field is left.
 */
export function DateInput({
  value,
  onChange,
  onCommit,
  onBlur,
  onKeyDown,
  className,
  ...rest
}: DateInputProps) {
  const { t } = useTranslation();
  const commit = () => {
    const read = readDateText(value);
    if (!read.ok) return;
    const tidy = dateToText(read.value);
    if (tidy !== value) onChange(tidy);
    onCommit?.(read.value);
  };
  return (
    <input
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('input.datePlaceholder')}
      {...rest}
      className={`input input-date${className ? ` ${className}` : ''}`}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={(e) => {
        commit();
        onBlur?.(e);
      }}
      onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
        if (e.key === 'Enter') commit();
        onKeyDown?.(e);
      }}
    />
  );
}
