import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useFormat } from '../../i18n/format';

/**
 * The official heading of the printed Tổng quan: the committee that issues it, and what it shows at which
 * date. Shown only in print; the screen has the page header instead. Page numbers come from the
 * `@page` margin box in print.css, not from here.
 */
export function PrintHeader({ planTitle, at }: { planTitle: string; at: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const settings = useApiQuery('settings.get', {});
  return (
    <header className="print-only dash-print-header" data-testid="dash-print-header">
      {settings.data ? <p className="dash-print-committee">{settings.data.committeeName}</p> : null}
      <p className="dash-print-title">
        {t('dashboard.printHeading', { plan: planTitle, date: fmt.date(at) })}
      </p>
    </header>
  );
}
