import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../shared/domain';
import { DateInput } from './DateInput';
import { dateToText, readDateText } from './dateText';
import { Field } from './Field';

export interface DateFieldProps {
  label: ReactNode;
  value: IsoDate | null;
  /** Called with each valid date the officer commits (blur or Enter); null when the box is emptied. */
  onChange(value: IsoDate | null): void;
  hint?: ReactNode;
  /** The id of a message about the value shown elsewhere (a rule it breaks); marks the box invalid. */
  problemId?: string | null;
  className?: string;
  inputClassName?: string;
  testId?: string;
}

/**
 * A labelled date box for filters and selectors: it keeps what is being typed, commits only real dates,
 * and says in Vietnamese what is wrong with a date it cannot read. Follows outside changes to `value`.
 */
export function DateField({
  label,
  value,
  onChange,
  hint,
  problemId = null,
  className,
  inputClassName,
  testId,
}: DateFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => dateToText(value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(dateToText(value));
    setInvalid(false);
  }, [value]);
  return (
    <Field label={label} hint={hint} error={invalid ? t('input.dateInvalid') : null} className={className}>
      {(control) => (
        <DateInput
          {...control}
          {...(problemId && !invalid
            ? {
                'aria-invalid': true,
                'aria-describedby': [control['aria-describedby'], problemId].filter(Boolean).join(' '),
              }
            : {})}
          data-testid={testId}
          className={inputClassName}
          value={text}
          onChange={(next) => {
            setText(next);
            if (invalid && readDateText(next).ok) setInvalid(false);
          }}
          onBlur={() => setInvalid(!readDateText(text).ok)}
          onCommit={(iso) => {
            if (iso !== value) onChange(iso);
          }}
        />
      )}
    </Field>
  );
}
