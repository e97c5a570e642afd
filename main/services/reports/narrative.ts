// Narrative sections of the report. What the secretary wrote is used as written; a section left empty
// gets a plain paragraph composed from the figures (marked `generated`, so the page can say so), because
// an exported report with an empty "Kết quả đạt được" would go out looking unfinished.
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
import { compareText } from '../../../shared/text/collate';

interface Facts {
  planLabel: string;
  referenceDate: string;
  summary: ReportSummary;
  taskGroups: AnnexGroup<TaskAnnexRow, TaskSubtotal>[];
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
