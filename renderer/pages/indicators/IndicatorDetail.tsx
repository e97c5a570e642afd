// The indicator's panel (a drawer over the list): its facts and assessment, the year's values against
// the target, the targets per year, and its history: the actions that changed it, with "Hoàn tác".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../shared/api/types';
import { yearOf } from '../../../shared/dates';
import type { IsoDate } from '../../../shared/domain';
import { parsePeriod } from '../../../shared/rules/periods';
import { AssessmentBadge, Button, ErrorBanner, Field, Loading, Modal, Select } from '../../components';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useFormat } from '../../i18n/format';
import { useRoute } from '../../stores/route';
import { confirmDiscard } from '../../stores/unsaved';
import { ChangeList } from '../changes/ChangeList';
import { TargetChart } from './TargetChart';
import { TargetsEditor } from './TargetsEditor';
import { useWarningText } from './warningText';
import { useAssessmentWhy } from './assessmentWhy';
import './whyStrings';
import { periodLabel } from '../../i18n/periodLabel';

interface Props {
  id: string;
  at: IsoDate | null;
  onClose(): void;
  onEdit(indicator: Indicator): void;
}

/** Years worth charting: those with a target or a value, and the reference year. */
function chartYears(i: Indicator, referenceYear: number): number[] {
  const years = new Set([referenceYear, ...i.targets.map((x) => x.year)]);
  for (const v of i.values) years.add(parsePeriod(v.period)?.year ?? referenceYear);
  return [...years].sort((a, b) => b - a);
}

export function IndicatorDetail({ id, at, onClose, onEdit }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const why = useAssessmentWhy();
  const setParams = useRoute((s) => s.setParams);
  const detail = useApiQuery('indicators.get', { id, at });
  const history = useApiQuery('changes.list', { entity: 'indicator', entityId: id, limit: 100 });
  const referenceYear = at ? yearOf(at) : new Date().getFullYear();
  const [year, setYear] = useState(referenceYear);

  const ind = detail.data;
  return (
    <Modal
      open
      size="drawer"
      testId="indicator-detail"
      title={ind ? `${ind.code} · ${ind.name}` : t('indicators.detail.title', { code: '' })}
      onClose={onClose}
      beforeClose={() => confirmDiscard()}
      footer={
        ind ? (
          <>
            <Button onClick={() => setParams({ view: 'grid', id: null, year: String(year) })}>
              {t('indicators.detail.enterValues')}
            </Button>
            <Button variant="primary" onClick={() => onEdit(ind)} data-testid="edit-indicator">
              {t('indicators.detail.edit')}
            </Button>
          </>
        ) : null
      }
    >
      <ErrorBanner error={detail.error} title={t('indicators.detail.loadFailed')} onRetry={detail.retry} />
      {!ind ? (
        detail.error ? null : (
          <Loading />
        )
      ) : (
        <>
          <dl className="facts">
            <div>
              <dt>{t('indicators.columns.assessment')}</dt>
              <dd>
                <AssessmentBadge assessment={ind.assessment} />
                {ind.ratio !== null ? <span className="facts-ratio">{f.percent(ind.ratio)}</span> : null}
                <p className="why-sentence" data-testid="indicator-why">
                  <span className="visually-hidden">{t('indicators.why.heading')}: </span>
                  {why(ind.explanation)}
                </p>
              </dd>
            </div>
            <div>
              <dt>{t('indicators.detail.latest')}</dt>
              <dd>
                {ind.latest
                  ? t('indicators.detail.latestValue', {
                      value: `${f.number(ind.latest.value)} ${ind.unit}`,
                      period: periodLabel(ind.latest.period),
                    })
                  : t('indicators.detail.noValue')}
              </dd>
            </div>
            <div>
              <dt>{t('indicators.detail.unit')}</dt>
              <dd>{ind.unit}</dd>
            </div>
            <div>
              <dt>{t('indicators.detail.direction')}</dt>
              <dd>{t(`indicators.direction.${ind.direction}`)}</dd>
            </div>
            <div>
              <dt>{t('indicators.detail.pillar')}</dt>
              <dd>{ind.pillarName ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('indicators.detail.agency')}</dt>
              <dd>{ind.leadAgencyName ?? '—'}</dd>
            </div>
            {ind.definition ? (
              <div className="facts-wide">
                <dt>{t('indicators.detail.definition')}</dt>
                <dd>{ind.definition}</dd>
              </div>
            ) : null}
          </dl>

          <ValueWarnings indicator={ind} />

          <section className="detail-section">
            <Field label={t('indicators.chart.year')} className="chart-year">
              {(c) => (
                <Select
                  {...c}
                  value={String(year)}
                  options={chartYears(ind, referenceYear).map((y) => ({
                    value: String(y),
                    label: String(y),
                  }))}
                  onChange={(v) => setYear(Number(v))}
                />
              )}
            </Field>
            <TargetChart indicator={ind} year={year} />
          </section>

          <TargetsEditor
            key={`${year}-${ind.targets.length}`}
            indicatorId={ind.id}
            targets={ind.targets}
            defaultYear={year}
            onSaved={(saved) => {
              setYear(saved);
            }}
          />

          <section className="detail-section" aria-labelledby="indicator-history-title">
            <h3 id="indicator-history-title" className="section-title">
              {t('indicators.history.title')}
            </h3>
            <ErrorBanner error={history.error} onRetry={history.retry} />
            {history.data ? (
              <ChangeList
                views={history.data}
                empty={t('indicators.history.empty')}
                testId="indicator-history"
              />
            ) : null}
          </section>
        </>
      )}
    </Modal>
  );
}

/** The values saved with plausibility warnings (shared/rules/plausibility.ts), each with its warnings. */
function ValueWarnings({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const f = useFormat();
  const warningText = useWarningText();
  const warned = indicator.values.filter((v) => v.warnings.length > 0);
  if (warned.length === 0) return null;
  return (
    <section
      className="detail-section"
      aria-labelledby="indicator-warnings-title"
      data-testid="indicator-warnings"
    >
      <h3 id="indicator-warnings-title" className="section-title">
        {t('indicators.detail.warningsTitle')}
      </h3>
      <p className="muted small">{t('indicators.detail.warningsHint')}</p>
      <ul>
        {warned.map((v) => (
          <li key={v.period}>
            <strong>
              {t('indicators.detail.warningValue', {
                period: periodLabel(v.period),
                value: `${f.number(v.value, 4)} ${indicator.unit}`,
              })}
            </strong>
            <ul className="value-warnings">
              {v.warnings.map((w) => (
                <li key={w.code}>{warningText(w)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
