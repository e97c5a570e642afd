// The indicator list: what the secretariat reads out at a meeting (target, latest value, ratio and the
// assessment in the national committee's words). The code opens the indicator's detail panel.
import { useTranslation } from 'react-i18next';
import type { IndicatorRow } from '../../../shared/api/types';
import { AssessmentBadge, Button } from '../../components';
import { useFormat } from '../../i18n/format';
import { periodLabel } from '../../i18n/periodLabel';

interface Props {
  rows: IndicatorRow[];
  year: number;
  caption: string;
  onOpen(id: string): void;
}

export function IndicatorTable({ rows, year, caption, onOpen }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="table-scroll">
      <table className="table indicator-table" data-testid="indicator-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicators.columns.code')}</th>
            <th scope="col">{t('indicators.columns.name')}</th>
            <th scope="col">{t('indicators.columns.unit')}</th>
            <th scope="col">{t('indicators.columns.pillar')}</th>
            <th scope="col">{t('indicators.columns.agency')}</th>
            <th scope="col" className="num">
              {t('indicators.columns.target', { year })}
            </th>
            <th scope="col" className="num">
              {t('indicators.columns.latest')}
            </th>
            <th scope="col" className="num">
              {t('indicators.columns.ratio')}
            </th>
            <th scope="col">{t('indicators.columns.assessment')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid="indicator-row" data-code={r.code} onClick={() => onOpen(r.id)}>
              <td className="nowrap">
                <Button
                  variant="link"
                  size="sm"
                  className="code-link"
                  aria-label={t('indicators.list.open', { code: r.code })}
                  onClick={(e) => {
                    e.stopPropagation();
                    onOpen(r.id);
                  }}
                >
                  {r.code}
                </Button>
              </td>
              <td className="ind-name-cell">{r.name}</td>
              <td>{r.unit}</td>
              <td>{r.pillarName ?? ''}</td>
              <td>{r.leadAgencyName ?? ''}</td>
              <td className="num">{r.target ? f.number(r.target.target) : '—'}</td>
              <td className="num">
                {r.latest ? (
                  <>
                    {f.number(r.latest.value)}
                    <span className="cell-sub">{periodLabel(r.latest.period)}</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td className="num">{f.percent(r.ratio)}</td>
              <td>
                <AssessmentBadge assessment={r.assessment} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
