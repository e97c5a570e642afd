// The dry run's summary in the spirit of DHIS2's import summary: new, updated, unchanged and refused rows
// of tasks and indicators, then every refusal with its sheet, row, column and what to fix.
import { useTranslation } from 'react-i18next';
import type { PlanImportCounts, PlanImportDryRun } from '../../../shared/api/sheetTypes';
import { useFormat } from '../../i18n/format';
import { ProblemTable } from '../sheets/ProblemTable';

const COUNTS = ['new', 'updated', 'unchanged', 'refused'] as const;

export function ImportSummary({ dryRun }: { dryRun: PlanImportDryRun }) {
  const { t } = useTranslation();
  const f = useFormat();
  const line = (label: string, c: PlanImportCounts, total = false) => (
    <tr className={total ? 'sheet-total' : undefined}>
      <th scope="row">{label}</th>
      {COUNTS.map((k) => (
        <td key={k} data-testid={total ? `import-total-${k}` : undefined}>
          {f.number(c[k])}
        </td>
      ))}
    </tr>
  );
  const problems = [...dryRun.problems, ...dryRun.rows.flatMap((r) => r.problems)];
  return (
    <section className="sheet-section" aria-labelledby="import-summary-title">
      <h3 id="import-summary-title">{t('planImport.summary.title')}</h3>
      <table className="table sheet-counts" data-testid="import-summary">
        <caption className="visually-hidden">{t('planImport.summary.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planImport.summary.kind')}</th>
            {COUNTS.map((k) => (
              <th scope="col" key={k}>
                {t(`planImport.summary.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {line(t('planImport.summary.tasks'), dryRun.summary.tasks)}
          {line(t('planImport.summary.indicators'), dryRun.summary.indicators)}
          {line(t('planImport.summary.total'), dryRun.summary.total, true)}
        </tbody>
      </table>
      {problems.length > 0 ? (
        <div className="sheet-section">
          <h3>{t('planImport.problems.title')}</h3>
          <ProblemTable
            problems={problems}
            caption={t('planImport.problems.caption')}
            testId="import-problems"
          />
        </div>
      ) : null}
    </section>
  );
}
