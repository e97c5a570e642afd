// The lists of the screens as .xlsx files (exports.* methods, `tiendo export`): the task list with its
// filters and sort, the indicator list, the values grid of a year, the agency list. Each is drawn from the
// same service call the screen makes, so the file holds exactly the rows the screen shows.
import type { ParsedInput } from '../../shared/api/contract';
import type { FileDownload } from '../../shared/api/types';
import { AGENCY_KIND_LABELS, TASK_STATE_LABELS } from '../../shared/domain';
import { todayIso } from '../../shared/dates';
import { formatDate } from '../../shared/format/vi';
import { ASSESSMENT_LABELS } from '../../shared/rules/indicatorAssessment';
import { parsePeriod } from '../../shared/rules/periods';
import { TASK_SITUATION_LABELS } from '../../shared/rules/taskSituation';
import { fileNameOf } from '../excel/lists/fileName';
import { writeListWorkbook, type ListSheet } from '../excel/lists/listWorkbook';
import { listAgencies } from './agencies';
import type { ServiceContext } from './context';
import { listIndicators, valueGrid } from './indicators';
import { getPillar } from './pillars';
import { getPlan } from './plans';
import { getAgency } from './agencies';
import { listTasks } from './tasks';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const SORT_WORDS: Record<ParsedInput<'tasks.list'>['sort'], string> = {
  code: 'mã',
  title: 'tên nhiệm vụ',
  dueDate: 'thời hạn',
  progress: 'tiến độ',
  state: 'trạng thái',
  leadAgency: 'cơ quan chủ trì',
  pillar: 'trụ cột',
  updatedAt: 'lần cập nhật',
  situation: 'tình trạng',
};

function planLine(ctx: ServiceContext, planId: string | null): string {
  if (!planId) return 'Tất cả kế hoạch';
  const p = getPlan(ctx, planId);
  return `Kế hoạch ${p.code}: ${p.title}`;
}

async function download(
  ctx: ServiceContext,
  title: string,
  sheet: ListSheet,
  nameParts: string[],
): Promise<FileDownload> {
  const content = await writeListWorkbook({ title, generatedAt: ctx.now(), sheets: [sheet] });
  return {
    fileName: fileNameOf([...nameParts, ctx.today()], 'xlsx'),
    contentType: XLSX_TYPE,
    base64: content.toString('base64'),
  };
}

export async function exportTasks(
  ctx: ServiceContext,
  input: ParsedInput<'exports.tasks'>,
): Promise<FileDownload> {
  const page = listTasks(ctx, { ...input, offset: 0, limit: 20_000 });
  const at = input.at ?? ctx.today();
  const filters: string[] = [];
  if (input.pillarId) filters.push(`trụ cột ${getPillar(ctx, input.pillarId).name}`);
  if (input.leadAgencyId) {
    const a = getAgency(ctx, input.leadAgencyId);
    filters.push(`cơ quan chủ trì ${a.shortName ?? a.name}`);
  }
  if (input.situations.length > 0)
    filters.push(
      `tình trạng ${input.situations.map((s) => TASK_SITUATION_LABELS[s].toLowerCase()).join(', ')}`,
    );
  if (input.dueFrom || input.dueTo)
    filters.push(
      `thời hạn ${input.dueFrom ? `từ ${formatDate(input.dueFrom)} ` : ''}${input.dueTo ? `đến ${formatDate(input.dueTo)}` : ''}`.trim(),
    );
  if (input.q.trim()) filters.push(`có chữ «${input.q.trim()}»`);
  const subtitle = [
    planLine(ctx, input.planId),
    `Tình trạng tại ngày ${formatDate(at)}; ${page.total} nhiệm vụ; sắp xếp theo ${SORT_WORDS[input.sort]}${input.dir === 'desc' ? ' (giảm dần)' : ''}`,
    ...(filters.length > 0 ? [`Lọc: ${filters.join('; ')}`] : []),
  ];
  return download(
    ctx,
    'Danh sách nhiệm vụ',
    {
      name: 'Nhiệm vụ',
      title: 'Danh sách nhiệm vụ',
      subtitle,
      columns: [
        { header: 'STT', width: 6, kind: 'center' },
        { header: 'Mã', width: 10, kind: 'center' },
        { header: 'Nhiệm vụ', width: 50, kind: 'text' },
        { header: 'Trụ cột', width: 18, kind: 'text' },
        { header: 'Cơ quan chủ trì', width: 22, kind: 'text' },
        { header: 'Thời hạn', width: 12, kind: 'date' },
        { header: 'Trạng thái', width: 15, kind: 'text' },
        { header: 'Tiến độ (%)', width: 10, kind: 'integer' },
        { header: 'Tình trạng', width: 18, kind: 'text' },
        { header: 'Ngày hoàn thành', width: 12, kind: 'date' },
      ],
      rows: page.rows.map((t, i) => [
        i + 1,
        t.code,
        t.title,
        t.pillarName,
        t.leadAgencyName,
        t.dueDate,
        TASK_STATE_LABELS[t.state],
        t.progress,
        TASK_SITUATION_LABELS[t.situation],
        t.completedOn,
      ]),
    },
    ['Danh sach nhiem vu'],
  );
}

export async function exportIndicators(
  ctx: ServiceContext,
  input: ParsedInput<'exports.indicators'>,
): Promise<FileDownload> {
  const rows = listIndicators(ctx, input);
  const at = input.at ?? ctx.today();
  return download(
    ctx,
    'Danh sách chỉ tiêu',
    {
      name: 'Chỉ tiêu',
      title: 'Danh sách chỉ tiêu',
      subtitle: [
        planLine(ctx, input.planId),
        `Số liệu như đã biết đến hết ngày ${formatDate(at)}; ${rows.length} chỉ tiêu`,
      ],
      columns: [
        { header: 'STT', width: 6, kind: 'center' },
        { header: 'Mã', width: 10, kind: 'center' },
        { header: 'Chỉ tiêu', width: 48, kind: 'text' },
        { header: 'ĐVT', width: 9, kind: 'center' },
        { header: 'Trụ cột', width: 18, kind: 'text' },
        { header: 'Cơ quan chủ trì', width: 22, kind: 'text' },
        { header: 'Kế hoạch', width: 11, kind: 'decimal' },
        { header: 'Thực hiện', width: 11, kind: 'decimal' },
        { header: 'Kỳ số liệu', width: 16, kind: 'text' },
        { header: 'Tỷ lệ', width: 9, kind: 'rate' },
        { header: 'Đánh giá', width: 18, kind: 'text' },
      ],
      rows: rows.map((r, i) => [
        i + 1,
        r.code,
        r.name,
        r.unit,
        r.pillarName,
        r.leadAgencyName,
        r.target?.target ?? null,
        r.latest?.value ?? null,
        r.latest ? (parsePeriod(r.latest.period)?.label ?? r.latest.period) : null,
        r.ratio,
        ASSESSMENT_LABELS[r.assessment],
      ]),
    },
    ['Danh sach chi tieu'],
  );
}

export async function exportValues(
  ctx: ServiceContext,
  input: ParsedInput<'exports.values'>,
): Promise<FileDownload> {
  const grid = valueGrid(ctx, input);
  return download(
    ctx,
    `Số liệu chỉ tiêu năm ${grid.year}`,
    {
      name: `Số liệu ${grid.year}`,
      title: `Số liệu chỉ tiêu năm ${grid.year}`,
      subtitle: [
        planLine(ctx, input.planId),
        `${grid.rows.length} chỉ tiêu; số liệu đang lưu tại ngày ${formatDate(ctx.today())}`,
      ],
      columns: [
        { header: 'STT', width: 6, kind: 'center' },
        { header: 'Mã', width: 10, kind: 'center' },
        { header: 'Chỉ tiêu', width: 44, kind: 'text' },
        { header: 'ĐVT', width: 9, kind: 'center' },
        { header: `Kế hoạch năm ${grid.year}`, width: 12, kind: 'decimal' },
        ...grid.periods.map((p) => ({ header: p.label, width: 12, kind: 'decimal' as const })),
      ],
      rows: grid.rows.map((r, i) => [
        i + 1,
        r.code,
        r.name,
        r.unit,
        r.target,
        ...grid.periods.map((p) => r.values[p.key] ?? null),
      ]),
    },
    ['So lieu chi tieu', String(grid.year)],
  );
}

export async function exportAgencies(
  ctx: ServiceContext,
  input: ParsedInput<'exports.agencies'>,
): Promise<FileDownload> {
  const rows = listAgencies(ctx, input.includeArchived);
  return download(
    ctx,
    'Danh mục cơ quan',
    {
      name: 'Cơ quan',
      title: 'Danh mục cơ quan, đơn vị',
      subtitle: [
        `${rows.length} cơ quan${input.includeArchived ? ', kể cả cơ quan đã lưu trữ' : ''}; tại ngày ${formatDate(ctx.today())}`,
      ],
      columns: [
        { header: 'STT', width: 6, kind: 'center' },
        { header: 'Mã', width: 10, kind: 'center' },
        { header: 'Tên cơ quan', width: 44, kind: 'text' },
        { header: 'Tên viết tắt', width: 18, kind: 'text' },
        { header: 'Loại', width: 16, kind: 'text' },
        { header: 'Thư điện tử', width: 26, kind: 'text' },
        { header: 'Hiệu lực từ', width: 12, kind: 'date' },
        { header: 'Hiệu lực đến', width: 12, kind: 'date' },
        { header: 'Nhiệm vụ đang thực hiện', width: 12, kind: 'integer' },
        { header: 'Lưu trữ', width: 12, kind: 'date' },
      ],
      rows: rows.map((a, i) => [
        i + 1,
        a.code,
        a.name,
        a.shortName,
        AGENCY_KIND_LABELS[a.kind],
        a.email,
        a.validFrom,
        a.validTo,
        a.openTaskCount,
        a.archivedAt ? todayIso(new Date(a.archivedAt)) : null,
      ]),
    },
    ['Danh muc co quan'],
  );
}
