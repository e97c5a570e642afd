// The report preview in the language of the screen. In Vietnamese it shows the model's own sentences (the
// words of the workbook and the Word document); in English the same figures are worded from the page's
// strings (reports.words), since the report itself stays Vietnamese.
import { useTranslation } from 'react-i18next';
import type { ReportChecklistItem } from '../../../shared/api/types';
import type { ReportSection, ReportSummary } from '../../../shared/report/model';
import { parsePeriod } from '../../../shared/rules/periods';
import { useFormat } from '../../i18n/format';
import { periodLabel } from '../../i18n/periodLabel';

const PARTS = ['da_dat', 'co_kha_nang_dat', 'can_no_luc', 'chua_co_so_lieu'] as const;

export interface PreviewWords {
  taskSentence(s: ReportSummary): string;
  indicatorSentence(s: ReportSummary): string;
  heading(sec: Pick<ReportSection, 'key' | 'heading'>): string;
  /** One checklist line; `period` is the report's period key. */
  checkItem(item: ReportChecklistItem, period: string): string;
}

export function usePreviewWords(): PreviewWords {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  if (i18n.language !== 'en')
    return {
      taskSentence: (s) => s.taskSentence,
      indicatorSentence: (s) => s.indicatorSentence,
      heading: (sec) => sec.heading,
      checkItem: (item) => item.message,
    };
  const n = (x: number) => fmt.number(x);
  return {
    taskSentence: ({ tasks }) =>
      tasks.completionRate === null
        ? t('reports.words.tasks', { total: n(tasks.total), done: n(tasks.done) })
        : t('reports.words.tasksRate', {
            total: n(tasks.total),
            done: n(tasks.done),
            rate: fmt.percent(tasks.completionRate),
          }),
    indicatorSentence: ({ indicators: c }) => {
      if (c.total <= 0) return '';
      const parts = PARTS.filter((k) => c[k] > 0).map((k) => t(`reports.words.${k}`, { count: n(c[k]) }));
      return parts.length
        ? t('reports.words.indicatorsParts', { total: n(c.total), parts: parts.join(', ') })
        : t('reports.words.indicators', { total: n(c.total) });
    },
    // The same names as the draft editor's fields.
    heading: (sec) => t(`reports.draft.sections.${sec.key}`, { defaultValue: sec.heading }),
    checkItem: (item, period) => {
      const params = { code: item.code, period: periodLabel(period) };
      if (item.kind === 'no_value') return t('reports.words.no_value', params);
      if (item.kind === 'no_target')
        return t('reports.words.no_target', { ...params, year: parsePeriod(period)?.year ?? '' });
      if (item.kind === 'stale_value' && item.period)
        return t('reports.words.stale_value', { ...params, latest: periodLabel(item.period) });
      return item.message;
    },
  };
}
