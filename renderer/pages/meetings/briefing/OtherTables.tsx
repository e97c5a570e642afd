// The briefing's non-task tables: new indicator values, indicators needing effort, the follow-up of
// earlier conclusions and the agency scoreboard.
import { useTranslation } from 'react-i18next';
import type {
  BriefingConclusion,
  BriefingIndicator,
  BriefingScore,
  BriefingValue,
} from '../../../../shared/api/types';
import { SituationBadge } from '../../../components';
import { useFormat } from '../../../i18n/format';
import { periodLabel } from '../../../i18n/periodLabel';
import { taskHref } from '../links';

function Th({ k, num }: { k: string; num?: boolean }) {
  const { t } = useTranslation();
  return (
    <th scope="col" className={num ? 'num' : undefined}>
      {t(`meetings.briefing.cols.${k}`)}
    </th>
  );
}

export function ValuesTable({ rows }: { rows: BriefingValue[] }) {
  const fmt = useFormat();
  return (
    <table className="table briefing-table" data-testid="briefing-values">
      <thead>
        <tr>
          <Th k="stt" num />
          <Th k="code" />
          <Th k="indicator" />
          <Th k="period" />
          <Th k="value" num />
          <Th k="unit" />
          <Th k="enteredOn" />
        </tr>
      </thead>
      <tbody>
        {rows.map((v, i) => (
          <tr key={`${v.indicatorId}-${v.period}`}>
            <td className="num">{i + 1}</td>
            <td className="nowrap">{v.code}</td>
            <td>{v.name}</td>
            <td className="nowrap">{periodLabel(v.period)}</td>
            <td className="num">{fmt.number(v.value)}</td>
            <td>{v.unit}</td>
            <td className="nowrap">{fmt.date(v.enteredOn)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function IndicatorsTable({ rows }: { rows: BriefingIndicator[] }) {
  const fmt = useFormat();
  const n = (v: number | null) => (v === null ? '' : fmt.number(v));
  return (
    <table className="table briefing-table" data-testid="briefing-indicators">
      <thead>
        <tr>
          <Th k="stt" num />
          <Th k="code" />
          <Th k="indicator" />
          <Th k="unit" />
          <Th k="target" num />
          <Th k="latest" num />
          <Th k="ratio" num />
          <Th k="agency" />
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={r.id}>
            <td className="num">{i + 1}</td>
            <td className="nowrap">{r.code}</td>
            <td>{r.name}</td>
            <td>{r.unit}</td>
            <td className="num">{n(r.target)}</td>
            <td className="num">
              {n(r.latest)}
              {r.latestPeriod ? <span className="muted small"> ({periodLabel(r.latestPeriod)})</span> : null}
            </td>
            <td className="num">{fmt.percent(r.ratio)}</td>
            <td>{r.leadAgencyName ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ConclusionsTable({ rows }: { rows: BriefingConclusion[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <table className="table briefing-table" data-testid="briefing-conclusions">
      <thead>
        <tr>
          <Th k="meeting" />
          <Th k="conclusion" />
          <Th k="assigned" />
          <Th k="due" />
          <Th k="task" />
          <Th k="situation" />
          <Th k="progress" num />
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <td className="nowrap">
              {c.meetingNumber}.{c.seq}
              <span className="muted small"> ({fmt.date(c.meetingDate)})</span>
            </td>
            <td>{c.text}</td>
            <td>{c.agencyName ?? ''}</td>
            <td className="nowrap">{fmt.date(c.dueDate)}</td>
            <td className="nowrap">{c.task ? <a href={taskHref(c.task)}>{c.task.code}</a> : ''}</td>
            <td>
              {c.task ? (
                <SituationBadge situation={c.task.situation} />
              ) : (
                <span className="badge badge-none">{t('meetings.briefing.noTask')}</span>
              )}
            </td>
            <td className="num">
              {c.task
                ? c.task.progress === null
                  ? t('meetings.briefing.progressUnknown')
                  : fmt.percent(c.task.progress / 100)
                : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ScoreboardTable({ rows }: { rows: BriefingScore[] }) {
  const fmt = useFormat();
  return (
    <table className="table briefing-table briefing-table-compact" data-testid="briefing-scoreboard">
      <thead>
        <tr>
          <Th k="stt" num />
          <Th k="agency" />
          <Th k="dueByD" num />
          <Th k="onTime" num />
          <Th k="rate" num />
          <Th k="overdue" num />
        </tr>
      </thead>
      <tbody>
        {rows.map((s, i) => (
          <tr key={s.agencyId ?? ''}>
            <td className="num">{i + 1}</td>
            <td>{s.agencyName}</td>
            <td className="num">{s.dueByD}</td>
            <td className="num">{s.completedOnTime}</td>
            <td className="num">{fmt.percent(s.onTimeRate)}</td>
            <td className={`num${s.overdue > 0 ? ' text-bad' : ''}`}>{s.overdue}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
