// Several conclusions of one meeting become tasks in one action. The plan of the batch is worked out once,
// writing nothing: the preview shows it, and the write refuses the whole batch when any row is refused, so
// what the secretary saw is what is created. Each task is made by conclusionToTask, as a single conclusion.
import type { ParsedInput } from '../../shared/api/contract';
import type {
  Conclusion,
  ConclusionsToTasksPreview,
  ConclusionsToTasksResult,
  ConclusionTaskPlan,
  MeetingDetail,
} from '../../shared/api/types';
import { taskProblems } from '../../shared/rules/taskConsistency';
import { AppError, appError } from '../errors';
import { inTransaction, type ServiceContext } from './context';
import { conclusionToTask, defaultConclusionTaskCode, getMeeting } from './meetings';
import { assertActive } from './rows';
import { one, sql } from '../db/sql';

type Input = ParsedInput<'conclusions.toTasks'>;
type Item = Input['items'][number];

/** The message of a refusal by a check this batch shares with createTask (an archived plan, agency...). */
function refusal(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (e) {
    if (e instanceof AppError) return e.message;
    throw e;
  }
}

function codeTaken(ctx: ServiceContext, planId: string, code: string): string | null {
  const other = one<{ code: string; plan_code: string }>(
    ctx,
    sql`SELECT t.code, p.code AS plan_code FROM task t JOIN plan p ON p.id = t.plan_id
       WHERE t.plan_id = ${planId} AND t.code = ${code} COLLATE NOCASE AND t.archived_at IS NULL LIMIT 1`,
  );
  return other ? `Mã ${code} đã có trong kế hoạch ${other.plan_code}; hãy nhập mã khác.` : null;
}

function planRow(
  ctx: ServiceContext,
  meeting: MeetingDetail,
  c: Conclusion | undefined,
  item: Item,
  seen: Set<string>,
): ConclusionTaskPlan {
  if (!c)
    return {
      conclusionId: item.conclusionId,
      seq: 0,
      code: item.code ?? '',
      action: 'refuse',
      reason: `Kết luận này không thuộc phiên họp thứ ${meeting.number} hoặc đã được lưu trữ; hãy tải lại trang.`,
      field: null,
    };
  const code = item.code ?? defaultConclusionTaskCode(meeting, c);
  const row = { conclusionId: c.id, seq: c.seq, code };
  if (c.task)
    return { ...row, action: 'skip', reason: `Đã giao thành nhiệm vụ ${c.task.code}.`, field: null };
  const refuse = (field: string, reason: string): ConclusionTaskPlan => ({
    ...row,
    action: 'refuse',
    reason,
    field,
  });
  const plan = refusal(() => assertActive(ctx, 'plan', item.planId, 'Kế hoạch'));
  if (plan) return refuse('planId', plan);
  const pillar = refusal(() => assertActive(ctx, 'pillar', item.pillarId, 'Trụ cột'));
  if (pillar) return refuse('pillarId', pillar);
  const agency = refusal(() => assertActive(ctx, 'agency', item.leadAgencyId, 'Cơ quan chủ trì'));
  if (agency) return refuse('leadAgencyId', agency);
  const key = `${item.planId}\u0000${code.toLocaleLowerCase('vi')}`;
  if (seen.has(key))
    return refuse('code', `Mã ${code} trùng với một kết luận khác đã chọn; hãy nhập mã khác.`);
  seen.add(key);
  const taken = codeTaken(ctx, item.planId, code);
  if (taken) return refuse('code', taken);
  const problems = taskProblems(
    {
      state: 'chua_thuc_hien',
      progress: 0,
      completedOn: null,
      startDate: meeting.heldOn,
      dueDate: item.dueDate,
      leadAgencyId: item.leadAgencyId,
      supportingAgencyIds: [],
    },
    ctx.today(),
  );
  const first = problems[0];
  if (first) return refuse(first.field, first.message);
  return { ...row, action: 'create', reason: null, field: null };
}

function planBatch(
  ctx: ServiceContext,
  input: Input,
): { meeting: MeetingDetail; rows: ConclusionTaskPlan[] } {
  const meeting = getMeeting(ctx, input.meetingId);
  if (meeting.archivedAt) throw appError('PHIEN_HOP_DA_LUU_TRU_KET_LUAN', { number: meeting.number });
  const byId = new Map(meeting.conclusions.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const unique = [...new Map(input.items.map((i) => [i.conclusionId, i])).values()];
  const rows = unique.map((item) => planRow(ctx, meeting, byId.get(item.conclusionId), item, seen));
  return { meeting, rows };
}

const count = (rows: readonly ConclusionTaskPlan[], action: ConclusionTaskPlan['action']) =>
  rows.filter((r) => r.action === action).length;

/** What conclusions.toTasks would do, writing nothing. */
export function previewConclusionsToTasks(ctx: ServiceContext, input: Input): ConclusionsToTasksPreview {
  const { rows } = planBatch(ctx, input);
  return { rows, create: count(rows, 'create'), skip: count(rows, 'skip'), refuse: count(rows, 'refuse') };
}

/**
 * Creates a task for every selected conclusion that has none, in one transaction: refused as a whole
 * (nothing created) when any row is refused; conclusions that already have a task are skipped, as previewed.
 */
export function conclusionsToTasks(ctx: ServiceContext, input: Input): ConclusionsToTasksResult {
  return inTransaction(ctx, () => {
    const { rows } = planBatch(ctx, input);
    const refused = rows.filter((r) => r.action === 'refuse');
    if (refused.length > 0)
      throw new AppError(
        'DU_LIEU_KHONG_HOP_LE',
        `Chưa tạo nhiệm vụ nào: ${refused.map((r) => `kết luận ${r.seq || '?'}: ${r.reason ?? ''}`).join(' ')}`,
        refused.map((r) => ({
          path: `items.${r.conclusionId}.${r.field ?? 'conclusionId'}`,
          message: r.reason ?? '',
        })),
      );
    const items = new Map(input.items.map((i) => [i.conclusionId, i]));
    const created = rows
      .filter((r) => r.action === 'create')
      .map((r) => {
        const item = items.get(r.conclusionId)!;
        return conclusionToTask(
          ctx,
          { conclusionId: r.conclusionId, planId: item.planId, code: r.code },
          { pillarId: item.pillarId, leadAgencyId: item.leadAgencyId, dueDate: item.dueDate },
        );
      });
    if (created.length === 0) throw appError('KET_LUAN_DA_CO_NHIEM_VU', {});
    return { created, skipped: rows.filter((r) => r.action === 'skip') };
  });
}
