// The Vietnamese sentences of the explanations (shared/rules/assessmentExplanation.ts,
// shared/rules/taskSituationExplanation.ts): used by the report's annex notes and the CLI, and the model
// the renderer's vi strings follow. Numbers as the province writes them (87,6; 52%; dd/mm/yyyy).
import type { AssessmentExplanation } from '../rules/assessmentExplanation';
import type { TaskSituationExplanation } from '../rules/taskSituationExplanation';
import { parsePeriod } from '../rules/periods';
import { formatRate } from './rate';
import { formatDate, formatNumber } from './vi';

const periodLabel = (key: string): string => parsePeriod(key)?.label ?? key;

/** "Kế hoạch 90, cơ sở 85, thực hiện 87,6 (Quý IV/2026)". */
function facts(e: AssessmentExplanation): string {
  const parts = [`Kế hoạch ${formatNumber(e.target ?? 0)}`];
  if (e.baseline !== null) parts.push(`cơ sở ${formatNumber(e.baseline)}`);
  else parts.push(e.baselineAssumedZero ? 'chưa có giá trị cơ sở (tính từ 0)' : 'chưa có giá trị cơ sở');
  if (e.latest) parts.push(`thực hiện ${formatNumber(e.latest.value)} (${periodLabel(e.latest.period)})`);
  return parts.join(', ');
}

/**
 * One sentence saying why the verdict is what it is, e.g. "Kế hoạch 90, cơ sở 85, thực hiện 87,6
 * (Quý IV/2026): đã đi được 52% quãng đường trong khi đã qua 92% thời gian của năm, dưới mức 82% sau
 * dung sai 10%."
 */
export function assessmentExplanationVi(e: AssessmentExplanation): string {
  switch (e.rule) {
    case 'no_target':
      return `Chưa giao kế hoạch năm ${e.year} nên chưa đánh giá được.`;
    case 'no_value':
      return `${facts(e)}: chưa có số liệu thực hiện năm ${e.year} đến ngày ${formatDate(e.referenceDate)}.`;
    case 'met':
      return e.direction === 'increase'
        ? `${facts(e)}: thực hiện đã bằng hoặc vượt kế hoạch.`
        : `${facts(e)}: thực hiện đã bằng hoặc thấp hơn kế hoạch (chỉ tiêu càng thấp càng tốt).`;
    case 'on_track':
    case 'needs_effort': {
      if (e.progress === null)
        return e.noProgress === 'decrease_without_baseline'
          ? `${facts(e)}: chưa đạt kế hoạch; chỉ tiêu càng thấp càng tốt chưa có giá trị cơ sở nên không tính được quãng đường đã đi.`
          : `${facts(e)}: chưa đạt kế hoạch; kế hoạch bằng giá trị cơ sở nên không tính được quãng đường đã đi.`;
      const where = e.rule === 'on_track' ? 'không dưới mức' : 'dưới mức';
      return (
        `${facts(e)}: đã đi được ${formatRate(e.progress)} quãng đường trong khi đã qua ` +
        `${formatRate(e.expected)} thời gian của năm, ${where} ${formatRate(e.threshold)} sau dung sai ` +
        `${formatRate(e.tolerance)}.`
      );
    }
  }
}

/** "Quá hạn 24 ngày (hạn 07/11/2026)", "Còn 5 ngày đến hạn (06/12/2026)", "Hoàn thành muộn 3 ngày …". */
export function taskSituationExplanationVi(e: TaskSituationExplanation): string {
  const due = formatDate(e.dueDate);
  const n = e.days === null ? '' : formatNumber(e.days);
  switch (e.situation) {
    case 'qua_han':
      return `Quá hạn ${n} ngày (hạn ${due})`;
    case 'sap_den_han':
    case 'trong_han':
      return e.days === 0 ? `Đến hạn hôm nay (${due})` : `Còn ${n} ngày đến hạn (${due})`;
    case 'hoan_thanh_qua_han':
      return e.days === null
        ? `Hoàn thành sau hạn ${due} (không rõ ngày hoàn thành)`
        : `Hoàn thành muộn ${n} ngày (hạn ${due}, xong ngày ${formatDate(e.completedOn)})`;
    case 'hoan_thanh_dung_han':
      if (e.completedOn === null) return 'Hoàn thành (không rõ ngày hoàn thành)';
      if (e.dueDate === null) return `Hoàn thành ngày ${formatDate(e.completedOn)}`;
      return e.days === 0
        ? `Hoàn thành đúng ngày hạn (${due})`
        : `Hoàn thành sớm ${n} ngày so với hạn ${due}`;
    case 'khong_thoi_han':
      return 'Không có thời hạn (thường xuyên)';
    case 'tam_dung':
      return 'Đang tạm dừng';
    case 'huy_bo':
      return 'Đã hủy bỏ';
  }
}

/**
 * The annex's note for the verdict, short enough for the printed "Ghi chú" column (a line of about 14
 * characters at 11 pt keeps the 62-indicator annex on 5 pages): "52% < 82%" is the share of the way from
 * the baseline to the target against the threshold; the legend under the table (assessmentLegendVi)
 * says what the two numbers are. Empty when the row's own figures say it (met, no value, no target).
 */
export function assessmentNoteVi(e: AssessmentExplanation): string {
  if (e.rule !== 'on_track' && e.rule !== 'needs_effort') return '';
  if (e.progress === null)
    return e.noProgress === 'decrease_without_baseline' ? 'Chưa có giá trị cơ sở' : 'Kế hoạch bằng cơ sở';
  return `${formatRate(e.progress)} ${e.rule === 'on_track' ? '≥' : '<'} ${formatRate(e.threshold)}`;
}

/** The line under the indicator annex that reads the notes of assessmentNoteVi. */
export function assessmentLegendVi(expected: number, tolerance: number): string {
  return (
    `Ghi chú cột “Ghi chú”: “52% < 82%” nghĩa là chỉ tiêu đã đi được 52% quãng đường từ giá trị cơ sở ` +
    `(hoặc 0 khi chưa có) đến kế hoạch năm, so với mức cần đạt ${formatRate(expected - tolerance)} = ` +
    `${formatRate(expected)} thời gian của năm đã qua trừ dung sai ${formatRate(tolerance)}; từ mức đó trở ` +
    `lên là “có khả năng đạt”, dưới mức đó là “cần nỗ lực”.`
  );
}
