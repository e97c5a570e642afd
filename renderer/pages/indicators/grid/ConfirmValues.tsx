// The question before values with plausibility warnings are saved: each cell with its warnings in
// words; "Xác nhận và lưu" saves them (the warnings stay with the values), "Hủy" leaves the grid as it was.
import { useTranslation } from 'react-i18next';
import type { ValueGrid } from '../../../../shared/api/types';
import { ConfirmDialog } from '../../../components';
import { useWarningText } from '../warningText';
import { displayNumber } from './GridCell';
import type { PendingChange } from './useGridCells';
import { periodLabel } from '../../../i18n/periodLabel';

export function ConfirmValues({ grid, pending }: { grid: ValueGrid; pending: PendingChange }) {
  const { t } = useTranslation();
  const warningText = useWarningText();
  return (
    <ConfirmDialog
      title={t('indicators.grid.confirm.title')}
      confirmLabel={t('indicators.grid.confirm.save')}
      testId="grid-confirm"
      onConfirm={pending.confirm}
      onCancel={pending.cancel}
    >
      <p>{t('indicators.grid.confirm.intro', { count: pending.warned.length })}</p>
      <ul className="grid-confirm-list" data-testid="grid-confirm-list">
        {pending.warned.map((w) => (
          <li key={`${w.pos.row}:${w.pos.col}`}>
            <strong>
              {t('indicators.grid.confirm.cell', {
                code: grid.rows[w.pos.row]!.code,
                period: periodLabel(grid.periods[w.pos.col]!.key),
                value: displayNumber(w.value),
              })}
            </strong>
            <ul>
              {w.warnings.map((x) => (
                <li key={x.code}>{warningText(x)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <p className="muted small">{t('indicators.grid.confirm.kept')}</p>
    </ConfirmDialog>
  );
}
