import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../shared/domain';
import { Button } from './Button';
import { DateField } from './DateField';

export interface ReferenceDateSelectorProps {
  value: IsoDate | null;
  today: IsoDate | null;
  /** null: back to today. */
  onChange(at: IsoDate | null): void;
}

/**
 * The "as of" date of every situation and assessment on the page. A meeting briefing is often prepared
 * for a date in the past (the quarter's cut-off), so the date is typed, and "Về hôm nay" is one click.
 */
export function ReferenceDateSelector({ value, today, onChange }: ReferenceDateSelectorProps) {
  const { t } = useTranslation();
  const isToday = value === null || value === today;
  return (
    <div className="reference-date">
      <DateField
        label={t('workspace.referenceDate')}
        value={value}
        onChange={(at) => onChange(at === null || at === today ? null : at)}
        testId="reference-date"
        inputClassName="input-date-compact"
      />
      {!isToday ? (
        <Button size="sm" variant="link" className="reference-today" onClick={() => onChange(null)}>
          {t('workspace.backToToday')}
        </Button>
      ) : null}
    </div>
  );
}
