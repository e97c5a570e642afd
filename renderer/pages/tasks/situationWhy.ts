// A task's situation with its days ("Quá hạn 24 ngày (hạn 07/11/2026)"), in the language of the screen.
// Vietnamese comes from the shared sentence builder (shared/format/explanationVi.ts); English is here.
import { useTranslation } from 'react-i18next';
import type { TaskRow } from '../../../shared/api/types';
import type { IsoDate } from '../../../shared/domain';
import { taskSituationExplanationVi } from '../../../shared/format/explanationVi';
import {
  explainSituationOf,
  type TaskSituationExplanation,
} from '../../../shared/rules/taskSituationExplanation';
import { formattersFor, type Formatters } from '../../i18n/format';

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

export function situationWhyEn(e: TaskSituationExplanation, f: Formatters = formattersFor('en')): string {
  const due = f.date(e.dueDate);
  const n = e.days ?? 0;
  switch (e.situation) {
    case 'qua_han':
      return `${days(n)} overdue (due ${due})`;
    case 'sap_den_han':
    case 'trong_han':
      return e.days === 0 ? `Due today (${due})` : `${days(n)} left until due (${due})`;
    case 'hoan_thanh_qua_han':
      return e.days === null
        ? `Completed after the due date ${due} (completion day unknown)`
        : `Completed ${days(n)} late (due ${due}, done ${f.date(e.completedOn)})`;
    case 'hoan_thanh_dung_han':
      if (e.completedOn === null) return 'Completed (completion day unknown)';
      if (e.dueDate === null) return `Completed on ${f.date(e.completedOn)}`;
      return e.days === 0 ? `Completed on the due date (${due})` : `Completed ${days(n)} early (due ${due})`;
    case 'khong_thoi_han':
      return 'No deadline (ongoing)';
    case 'tam_dung':
      return 'Paused';
    case 'huy_bo':
      return 'Cancelled';
  }
}

/**
 * The sentence of a row's situation at `at` (the list's reference date), in the current language. The
 * situation is the server's (the row's); only the days are counted here.
 */
export function useSituationWhy(): (
  row: Pick<TaskRow, 'situation' | 'dueDate' | 'completedOn'>,
  at: IsoDate,
) => string {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  const f = formattersFor('en');
  return (row, at) => {
    const e = explainSituationOf(row.situation, row, at);
    return en ? situationWhyEn(e, f) : taskSituationExplanationVi(e);
  };
}
