import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/api/types';
import { ASSESSMENTS } from '../../../shared/rules/indicatorAssessment';
import { useFormat } from '../../i18n/format';
import { indicatorsHref, type LinkContext } from './links';

/**
 * The indicator summary in the committee's own words ("15 chỉ tiêu: 4 đã đạt, 6 có khả năng đạt, …", the
 * backend's `indicatorSentence`), with each count a link to the indicators behind it, and which values it
 * counts: those known at the end of the reference date (main/services/indicatorValues.ts).
 */
export function IndicatorSummary({ data, ctx }: { data: Dashboard; ctx: LinkContext }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const counts = data.indicators;
  return (
    <section
      className="panel indicator-summary"
      aria-labelledby="indicator-summary-title"
      data-testid="dash-indicators"
    >
      <h2 id="indicator-summary-title">{t('dashboard.indicators.title')}</h2>
      {counts.total === 0 ? (
        <p className="muted">{t('dashboard.indicators.empty')}</p>
      ) : (
        <p className="indicator-sentence" data-testid="dash-indicator-sentence">
          <a href={indicatorsHref(ctx)}>
            {fmt.number(counts.total)} {t('dashboard.indicators.unit')}
          </a>
          {': '}
          {ASSESSMENTS.map((a, i) => (
            <Fragment key={a}>
              {i > 0 ? ', ' : ''}
              <a
                href={indicatorsHref(ctx, a)}
                className={`assess-link as-text-${a}`}
                data-testid={`dash-ind-${a}`}
              >
                {fmt.number(counts[a])} {t(`assessment.${a}`).toLowerCase()}
              </a>
            </Fragment>
          ))}
        </p>
      )}
      <p className="muted small indicator-basis" data-testid="dash-indicator-basis">
        {t('dashboard.indicators.basis', { date: fmt.date(data.at) })}
      </p>
    </section>
  );
}
