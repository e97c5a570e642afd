import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/api/types';
import { SITUATION_ORDER } from '../../../shared/rules/taskSituation';
import { useFormat } from '../../i18n/format';
import { DONE_SITUATIONS, tasksHref, type LinkContext } from './links';

/** "64 nhiệm vụ, 13 đã hoàn thành, đạt 23%" and one linked count per situation. */
export function CompletionSummary({ data, ctx }: { data: Dashboard; ctx: LinkContext }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const total = data.tasks.total;
  return (
    <section className="panel completion" aria-labelledby="completion-title" data-testid="dash-completion">
      <div className="completion-rate">
        <h2 id="completion-title">{t('dashboard.completion.title')}</h2>
        <p className="rate-figure" data-testid="dash-rate">
          {fmt.percent(data.completionRate)}
        </p>
        <p className="rate-sentence">
          <a href={tasksHref(ctx)} data-testid="dash-total">
            {t('dashboard.completion.total', { count: fmt.number(total) })}
          </a>
          {', '}
          <a href={tasksHref(ctx, { situations: DONE_SITUATIONS })} data-testid="dash-done">
            {t('dashboard.completion.done', { count: fmt.number(data.done) })}
          </a>
          {data.completionRate !== null
            ? `, ${t('dashboard.completion.rate', { rate: fmt.percent(data.completionRate) })}`
            : ''}
        </p>
        {data.tasks.huy_bo > 0 ? (
          <p className="rate-note muted">
            {t('dashboard.completion.cancelledNote', { count: data.tasks.huy_bo })}
          </p>
        ) : null}
        {total > 0 ? <RateBar data={data} /> : <p className="muted">{t('dashboard.completion.noRate')}</p>}
      </div>
      <div className="situation-tiles">
        <h3 className="visually-hidden">{t('dashboard.completion.situations')}</h3>
        <ul>
          {SITUATION_ORDER.map((s) => (
            <li key={s} className={`tile tile-${s}`}>
              <a
                href={tasksHref(ctx, { situations: [s] })}
                data-testid={`dash-sit-${s}`}
                aria-label={t('dashboard.completion.countLink', {
                  count: data.tasks[s],
                  label: t(`situation.${s}`),
                })}
              >
                <span className="tile-count">{fmt.number(data.tasks[s])}</span>
                <span className="tile-label">{t(`situation.${s}`)}</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

/** The share of each situation as one horizontal bar (decoration; the tiles carry the numbers). */
function RateBar({ data }: { data: Dashboard }) {
  const total = data.tasks.total;
  return (
    <div className="rate-bar" aria-hidden="true">
      {SITUATION_ORDER.filter((s) => data.tasks[s] > 0).map((s) => (
        <span
          key={s}
          className={`rate-seg seg-${s}`}
          style={{ width: `${(data.tasks[s] / total) * 100}%` }}
        />
      ))}
    </div>
  );
}
