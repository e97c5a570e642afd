// Narrative sections of the report. What the secretary wrote is used as written; a section left empty
// gets a plain paragraph composed from the figures (marked `generated`, so the page can say so), because
// an exported report with an empty "Kết quả đạt được" would go out looking unfinished.
import { addDays } from '../../../shared/dates';
import { formatRate } from '../../../shared/format/rate';
import { formatDate, formatNumber } from '../../../shared/format/vi';
import {
  NARRATIVE_HEADINGS,
  NARRATIVE_KEYS,
  type AnnexGroup,
  type NarrativeSections,
  type ReportSection,
  type ReportSummary,
  type TaskAnnexRow,
  type TaskSubtotal,
} from '../../../shared/report/model';
import { periodPhrase } from '../../../shared/report/text';
import { quarterOf } from '../../../shared/rules/periods';
import { isDone } from '../../../shared/rules/taskSituation';
import { compareText } from '../../../shared/text/collate';
import type { TaskRemark } from './annexes';

interface Facts {
  planLabel: string;
  referenceDate: string;
  /** The period's cut-off: the next period starts the day after. */
  periodTo: string;
  summary: ReportSummary;
  taskGroups: AnnexGroup<TaskAnnexRow, TaskSubtotal>[];
  remarks: TaskRemark[];
}

/** Items listed by name in a drafted section; the rest are counted ("và 12 nhiệm vụ khác"). */
const LISTED = 15;

/** One line of text from what a person typed: line breaks become '; ', no trailing punctuation. */
function oneLine(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) =>
      l
        .trim()
        .replace(/^[-–•+]\s*/, '')
        .replace(/[;.,:\s]+$/, ''),
    )
    .filter(Boolean)
    .join('; ');
}

function listed<T>(items: T[], line: (item: T) => string, more: (n: number) => string): string[] {
  const lines = items.slice(0, LISTED).map(line);
  if (items.length > LISTED) lines.push(more(items.length - LISTED));
  return lines;
}

const taskName = (r: { code: string; title: string }) => (r.code ? `${r.code}. ${r.title}` : r.title);

/**
 * "Nhiệm vụ thời gian tới", drafted from the tasks still open: the overdue ones first, then those due by
 * the end of the next reporting quarter, each with its lead agency and deadline, and the reminder to report
 * on time. The secretary edits it; it is only a first draft.
 */
function nextTasks(f: Facts): string {
  const next = quarterOf(addDays(f.periodTo, 1));
  const open = f.taskGroups
    .flatMap((g) => g.rows)
    .filter((r) => !isDone(r.situation) && r.situation !== 'huy_bo' && r.situation !== 'tam_dung');
  const overdue = open.filter((r) => r.situation === 'qua_han');
  const due = open.filter((r) => r.situation !== 'qua_han' && r.dueDate !== null && r.dueDate <= next.to);
  const who = (r: TaskAnnexRow) =>
    `${[r.leadAgency, r.dueDate ? `hạn ${formatDate(r.dueDate)}` : ''].filter(Boolean).join(', ')}`;
  const item = (r: TaskAnnexRow) => `+ ${taskName(r)}${who(r) ? ` (${who(r)})` : ''};`;
  const more = (n: number) => `+ Và ${formatNumber(n)} nhiệm vụ khác (chi tiết tại Phụ lục 2).`;
  const lines = [`Trong ${periodPhrase(next.label)}, Ban Chỉ đạo đề nghị các cơ quan, đơn vị tập trung:`];
  if (overdue.length)
    lines.push(
      `- Khẩn trương hoàn thành ${formatNumber(overdue.length)} nhiệm vụ đã quá hạn:`,
      ...listed(overdue, item, more),
    );
  if (due.length)
    lines.push(
      `- Hoàn thành đúng hạn ${formatNumber(due.length)} nhiệm vụ đến hạn trước ngày ${formatDate(next.to)}:`,
      ...listed(due, item, more),
    );
  const rest = open.length - overdue.length - due.length;
  if (rest > 0)
    lines.push(
      `- Tiếp tục triển khai ${formatNumber(rest)} nhiệm vụ còn lại theo ${f.planLabel}, bảo đảm tiến độ đề ra.`,
    );
  if (f.summary.indicators.can_no_luc > 0)
    lines.push(
      `- Có giải pháp cụ thể để đạt ${formatNumber(f.summary.indicators.can_no_luc)} chỉ tiêu cần nỗ lực.`,
    );
  lines.push(
    `- Cập nhật kết quả thực hiện nhiệm vụ và số liệu chỉ tiêu trước ngày ${formatDate(next.to)} để tổng hợp báo cáo ${periodPhrase(next.label)}.`,
  );
  return lines.join('\n');
}

/**
 * "Đề xuất, kiến nghị", drafted from what agencies wrote on their tasks under "Khó khăn, vướng mắc" and
 * "Đề xuất, kiến nghị"; empty (and so left out of the report) when no task has either.
 */
function proposals(f: Facts): string {
  if (!f.remarks.length) return '';
  const item = (r: TaskRemark) => {
    const parts = [
      r.difficulties ? `khó khăn, vướng mắc: ${oneLine(r.difficulties)}` : '',
      r.proposals ? `đề xuất, kiến nghị: ${oneLine(r.proposals)}` : '',
    ].filter(Boolean);
    return `- Nhiệm vụ ${taskName(r)}${r.leadAgency ? ` (${r.leadAgency})` : ''}: ${parts.join('; ')}.`;
  };
  return [
    'Các cơ quan, đơn vị nêu các khó khăn, vướng mắc và đề xuất, kiến nghị sau:',
    ...listed(f.remarks, item, (n) => `- Và ${formatNumber(n)} nhiệm vụ khác có đề xuất, kiến nghị.`),
  ].join('\n');
}

function achievements(f: Facts): string {
  // The overall figures are printed just above, under "Số liệu tổng hợp"; this adds the split by pillar.
  const lines = [
    `Tính đến ngày ${formatDate(f.referenceDate)}, kết quả thực hiện ${f.planLabel} theo từng trụ cột, lĩnh vực như sau:`,
  ];
  for (const g of f.taskGroups) {
    lines.push(
      `- ${g.pillarName}: ${formatNumber(g.subtotal.done)}/${formatNumber(g.subtotal.total)} nhiệm vụ hoàn thành (${formatRate(g.subtotal.rate)}).`,
    );
  }
  return lines.join('\n');
}

/** Agencies with overdue tasks, most first: 'Sở Tài chính (2), Sở Y tế (1)'. */
function overdueByAgency(groups: AnnexGroup<TaskAnnexRow, TaskSubtotal>[]): string {
  const counts = new Map<string, number>();
  for (const g of groups)
    for (const r of g.rows)
      if (r.situation === 'qua_han')
        counts.set(
          r.leadAgency || 'Chưa giao cơ quan',
          (counts.get(r.leadAgency || 'Chưa giao cơ quan') ?? 0) + 1,
        );
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
    .map(([name, n]) => `${name} (${n})`)
    .join(', ');
}

function shortcomings(f: Facts): string {
  const t = f.summary.tasks;
  const lines: string[] = [];
  if (t.overdue > 0)
    lines.push(
      `- Còn ${formatNumber(t.overdue)} nhiệm vụ quá hạn chưa hoàn thành, tập trung ở: ${overdueByAgency(f.taskGroups)}.`,
    );
  if (t.doneLate > 0)
    lines.push(`- ${formatNumber(t.doneLate)} nhiệm vụ hoàn thành nhưng chậm so với thời hạn.`);
  const ind = f.summary.indicators;
  if (ind.can_no_luc > 0)
    lines.push(`- ${formatNumber(ind.can_no_luc)} chỉ tiêu cần nỗ lực để đạt kế hoạch năm.`);
  if (ind.chua_co_so_lieu > 0) lines.push(`- ${formatNumber(ind.chua_co_so_lieu)} chỉ tiêu chưa có số liệu.`);
  return lines.join('\n');
}

export function reportSections(written: NarrativeSections, facts: Facts): ReportSection[] {
  const compose: Partial<Record<keyof NarrativeSections, (f: Facts) => string>> = {
    achievements,
    shortcomings,
    nextTasks,
    proposals,
  };
  return NARRATIVE_KEYS.map((key) => {
    const text = written[key].trim();
    if (text)
      return {
        key,
        heading: NARRATIVE_HEADINGS[key],
        text: written[key].replace(/\r\n?/g, '\n').trim(),
        generated: false,
      };
    const generated = compose[key]?.(facts) ?? '';
    return { key, heading: NARRATIVE_HEADINGS[key], text: generated, generated: generated !== '' };
  });
}
