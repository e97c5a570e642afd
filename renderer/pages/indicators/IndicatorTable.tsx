// The indicator list: what the secretariat reads out at a meeting (target, latest value, ratio and the
// assessment in the national committee's words). The code opens the indicator's detail panel.
import { useTranslation } from 'react-i18next';
import type { IndicatorRow } from '../../../shared/api/types';
import { Button } from '../../components';
import { ResizableTable, ResizableTh, useColumnWidths, type ColumnSpec } from '../../components/table';
import { useFormat } from '../../i18n/format';
import { periodLabel } from '../../i18n/periodLabel';
import { AssessmentWhyCell } from './AssessmentWhyCell';

interface Props {
  rows: IndicatorRow[];
  year: number;
  caption: string;
  onOpen(id: string): void;
}

/** The name takes most of the free width; pillar and agency share the rest; figures keep their width. */
const COLUMNS: readonly ColumnSpec[] = [
  { id: 'code', size: 92, minSize: 64 },
  { id: 'name', size: 260, minSize: 140, grow: 4 },
  { id: 'unit', size: 76, minSize: 56 },
  { id: 'pillar', size: 130, minSize: 80, grow: 1 },
  { id: 'agency', size: 120, minSize: 80, grow: 1 },
  { id: 'target', size: 96, minSize: 64 },
  { id: 'latest', size: 104, minSize: 72 },
  { id: 'ratio', size: 72, minSize: 56 },
  { id: 'assessment', size: 150, minSize: 110 },
];

export function IndicatorTable({ rows, year, caption, onOpen }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const columns = useColumnWidths('indicators', COLUMNS);
  const th = (id: string, label: string, className?: string) => (
    <ResizableTh columns={columns} id={id} label={label} className={className} />
  );
  return (
    <ResizableTable
      columns={columns}
      caption={<caption className="visually-hidden">{caption}</caption>}
      scrollClassName="table-scroll"
      className="table indicator-table"
      data-testid="indicator-table"
    >
      <thead>
        <tr>
          {th('code', t('indicators.columns.code'))}
          {th('name', t('indicators.columns.name'))}
          {th('unit', t('indicators.columns.unit'))}
          {th('pillar', t('indicators.columns.pillar'))}
          {th('agency', t('indicators.columns.agency'))}
          {th('target', t('indicators.columns.target', { year }), 'num')}
          {th('latest', t('indicators.columns.latest'), 'num')}
          {th('ratio', t('indicators.columns.ratio'), 'num')}
          {th('assessment', t('indicators.columns.assessment'))}
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
              <AssessmentWhyCell row={r} />
            </td>
          </tr>
        ))}
      </tbody>
    </ResizableTable>
  );
}
