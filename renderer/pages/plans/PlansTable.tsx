import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/api/types';
import { Button } from '../../components';
import { useFormat } from '../../i18n/format';
import { routeHref } from '../../stores/route';

export interface PlansTableProps {
  plans: Plan[];
  /** The plan pages open on (settings.defaultPlanId, or the latest active plan until one is chosen). */
  currentId: string | null;
  onEdit(plan: Plan): void;
  onFollow(plan: Plan): void;
}

/** The plans, newest first, each with its task and indicator counts linking to the filtered lists. */
export function PlansTable({ plans, currentId, onEdit, onFollow }: PlansTableProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <div className="panel plans-panel">
      <table className="table plans-table" data-testid="plans-table">
        <caption className="visually-hidden">{t('plans.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.columns.code')}</th>
            <th scope="col">{t('plans.columns.title')}</th>
            <th scope="col">{t('plans.columns.years')}</th>
            <th scope="col">{t('plans.columns.issuedOn')}</th>
            <th scope="col">{t('plans.columns.issuedBy')}</th>
            <th scope="col">{t('plans.columns.state')}</th>
            <th scope="col" className="num">
              {t('plans.columns.tasks')}
            </th>
            <th scope="col" className="num">
              {t('plans.columns.indicators')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('plans.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {plans.map((p) => {
            const current = p.id === currentId;
            return (
              <tr
                key={p.id}
                data-testid="plan-row"
                data-plan-id={p.id}
                className={current ? 'plan-current' : undefined}
              >
                <td className="plan-code">{p.code}</td>
                <th scope="row" className="plan-title">
                  <a href={routeHref('dashboard', { planId: p.id })}>{p.title}</a>
                  {current ? <span className="badge plan-current-badge">{t('plans.current')}</span> : null}
                  {p.basis ? <span className="plan-basis">{p.basis.split('\n')[0]}</span> : null}
                </th>
                <td>{p.yearFrom === p.yearTo ? p.yearFrom : `${p.yearFrom}–${p.yearTo}`}</td>
                <td>{fmt.date(p.issuedOn)}</td>
                <td>{p.issuedBy ?? ''}</td>
                <td>{t(`planState.${p.state}`)}</td>
                <td className="num">
                  <a
                    href={routeHref('tasks', { planId: p.id })}
                    aria-label={t('plans.links.tasks', { count: p.taskCount, code: p.code })}
                    data-testid="plan-task-count"
                  >
                    {fmt.number(p.taskCount)}
                  </a>
                </td>
                <td className="num">
                  <a
                    href={routeHref('indicators', { planId: p.id })}
                    aria-label={t('plans.links.indicators', { count: p.indicatorCount, code: p.code })}
                    data-testid="plan-indicator-count"
                  >
                    {fmt.number(p.indicatorCount)}
                  </a>
                </td>
                <td className="plan-actions">
                  {!current ? (
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => onFollow(p)}
                      title={t('plans.followHint')}
                      aria-label={t('plans.followFor', { code: p.code })}
                      data-testid="plan-make-default"
                    >
                      {t('plans.follow')}
                    </Button>
                  ) : null}
                  <Button
                    size="sm"
                    onClick={() => onEdit(p)}
                    aria-label={t('plans.links.edit', { code: p.code })}
                  >
                    {t('app.edit')}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
