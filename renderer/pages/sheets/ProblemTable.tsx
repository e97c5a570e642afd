// Problems in a spreadsheet, each where it is (sheet, row, column) and what to fix: the plan import's
// refused rows and a returned form's refusals use the same table.
import './strings';
import '../planimport/strings';
import { useTranslation } from 'react-i18next';
import type { SheetProblem } from '../../../shared/api/sheetTypes';

export function ProblemTable({
  problems,
  caption,
  testId,
}: {
  problems: readonly SheetProblem[];
  caption: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="table sheet-problems" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planImport.problems.sheet')}</th>
            <th scope="col" className="num">
              {t('planImport.problems.row')}
            </th>
            <th scope="col">{t('planImport.problems.column')}</th>
            <th scope="col">{t('planImport.problems.message')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={`${p.sheet}!${p.row}!${p.column}!${i}`}>
              <td>{p.sheet}</td>
              <td className="num">{p.row > 0 ? p.row : t('planImport.problems.whole')}</td>
              <td>{p.column}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
