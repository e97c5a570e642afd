// The list's assessment cell: the badge, with the reason on hover (title) and, for keyboard and screen
// reader users, a "Vì sao?" button that opens the sentence in a line under the badge (never hover-only).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorRow } from '../../../shared/api/types';
import { AssessmentBadge } from '../../components';
import { useAssessmentWhy } from './assessmentWhy';
import './whyStrings';

export function AssessmentWhyCell({
  row,
}: {
  row: Pick<IndicatorRow, 'code' | 'assessment' | 'explanation'>;
}) {
  const { t } = useTranslation();
  const why = useAssessmentWhy()(row.explanation);
  const [open, setOpen] = useState(false);
  const lineId = useId();
  return (
    <div className="why-cell" title={why}>
      <AssessmentBadge assessment={row.assessment} />
      <button
        type="button"
        className="why-toggle"
        aria-expanded={open}
        aria-controls={lineId}
        data-testid="assessment-why-toggle"
        onClick={(e) => {
          // The row opens the detail panel on click; this button only opens its line.
          e.stopPropagation();
          setOpen((o) => !o);
        }}
      >
        {open ? t('indicators.why.hide') : t('indicators.why.show')}
        <span className="visually-hidden"> — {t('indicators.why.forCode', { code: row.code })}</span>
      </button>
      <span id={lineId} className="why-line" hidden={!open} data-testid="assessment-why">
        {why}
      </span>
    </div>
  );
}
