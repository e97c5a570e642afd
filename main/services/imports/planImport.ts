// Importing a plan from a spreadsheet: a dry run that writes nothing and says, in the manner of DHIS2's
// import summary, what would be new, updated, unchanged or refused (every refused row with its sheet,
// row, column and what to fix); then the apply, which analyses the file again inside its transaction
// (the database may have changed since the dry run) and writes everything through the services, as one
// change set that changes.undo takes back. Refused rows stop the whole apply unless the person chose to
// leave them out (skipRefused).
import { createHash } from 'node:crypto';
import type { ParsedInput } from '../../../shared/api/contract';
import { planCreate, taskPatch } from '../../../shared/api/schemas';
import type { PlanImportDryRun, PlanImportResult, SheetProblem } from '../../../shared/api/sheetTypes';
import { AppError } from '../../errors';
import { readSheetFiles } from '../../excel/lists/read';
import type { SheetBook } from '../../excel/lists/sheet';
import { createAgency } from '../agencies';
import { withChangeSet, type ServiceContext } from '../context';
import { createIndicator, setTarget, updateIndicator } from '../indicators';
import { createPillar } from '../pillars';
import { createPlan } from '../plans';
import { createTask, updateTask } from '../tasks';
import { analysePlanImport, type PlanAnalysis, type Ref } from './planAnalysis';

export interface ReadFile {
  book: SheetBook;
  sha256: string;
}

/** The file of a call, read in the reader's worker; its refusal as the call's error. */
export async function readUploadedBook(fileName: string, base64: string): Promise<ReadFile> {
  const bytes = Buffer.from(base64, 'base64');
  const [outcome] = await readSheetFiles([{ fileName, bytes }]);
  if (!outcome) throw new Error('no outcome for the file');
  if (!outcome.ok) throw new AppError(outcome.code, outcome.message);
  return { book: outcome.book, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export async function planImportDryRun(
  ctx: ServiceContext,
  input: ParsedInput<'imports.planDryRun'>,
): Promise<PlanImportDryRun> {
  const { book, sha256 } = await readUploadedBook(input.fileName, input.fileBase64);
  return analysePlanImport(ctx, book, input, sha256).dryRun;
}

export const where = (p: SheetProblem) =>
  p.row > 0
    ? `Trang «${p.sheet}», dòng ${p.row}${p.column ? `, cột ${p.column}` : ''}`
    : `Trang «${p.sheet}»`;

function refusal(a: PlanAnalysis): AppError {
  const problems = [...a.dryRun.problems, ...a.dryRun.rows.flatMap((r) => r.problems)];
  const refused = a.dryRun.summary.total.refused;
  const shown = problems.slice(0, 5).map((p) => `${where(p)}: ${p.message}`);
  const more = problems.length > 5 ? ` (và ${problems.length - 5} lỗi khác)` : '';
  const head =
    refused > 0
      ? `Chưa nhập gì: ${refused} dòng bị từ chối. Hãy sửa tệp rồi nhập lại, hoặc chọn bỏ qua các dòng bị từ chối.`
      : 'Chưa nhập gì.';
  return new AppError(
    'NHAP_BI_TU_CHOI',
    `${head} ${shown.join(' ')}${more}`,
    problems.map((p) => ({ path: `${p.sheet}!${p.column}${p.row}`, message: `${where(p)}: ${p.message}` })),
  );
}

/** "Nhập kế hoạch 45/KH-UBND từ tệp «phu-luc.xlsx»: 120 nhiệm vụ mới, 3 cập nhật; 12 chỉ tiêu mới". */
function labelOf(planCode: string, fileName: string, s: PlanImportDryRun['summary']): string {
  const part = (n: number, what: string) => (n > 0 ? [`${n} ${what}`] : []);
  const tasks = [...part(s.tasks.new, 'nhiệm vụ mới'), ...part(s.tasks.updated, 'nhiệm vụ cập nhật')];
  const indicators = [
    ...part(s.indicators.new, 'chỉ tiêu mới'),
    ...part(s.indicators.updated, 'chỉ tiêu cập nhật'),
  ];
  const what = [...tasks, ...indicators].join(', ') || 'không có thay đổi';
  return `Nhập kế hoạch ${planCode} từ tệp «${fileName}»: ${what}`;
}

/** Writes what the analysis planned. Runs inside the change set's transaction. */
function write(
  ctx: ServiceContext,
  a: PlanAnalysis,
  fileName: string,
  sha256: string,
): { planId: string; importId: string } {
  const used = (pred: (r: Ref) => boolean) =>
    a.tasks.some((t) => [t.pillar, t.lead, ...t.supporting].some(pred)) ||
    a.indicators.some((i) => [i.pillar, i.lead].some(pred));
  const agencyIds = new Map<string, string>();
  for (const c of a.newAgencies) {
    if (!used((r) => r !== null && 'newAgency' in r && r.newAgency === c.text)) continue;
    agencyIds.set(c.text, createAgency(ctx, c.input).id);
  }
  const plan = a.plan ?? createPlan(ctx, planCreate.parse(a.newPlan));
  const pillarIds = new Map<string, string>();
  a.newPillars.forEach((p, i) => {
    if (!used((r) => r !== null && 'newPillar' in r && r.newPillar === p.key)) return;
    pillarIds.set(
      p.key,
      createPillar(ctx, { code: p.code, name: p.name, group: 'tru_cot', sortOrder: 100 + i }).id,
    );
  });
  const idOf = (ref: Ref): string | null => {
    if (!ref) return null;
    if ('id' in ref) return ref.id;
    if ('newAgency' in ref) return agencyIds.get(ref.newAgency) ?? null;
    return pillarIds.get(ref.newPillar) ?? null;
  };
  const importId = ctx.newId();
  ctx
    .prepare(
      `INSERT INTO plan_import (id, plan_id, file_name, sha256, imported_at, change_set_id, summary)
       VALUES (?, ?, ?, ?, ?, NULL, ?)`,
    )
    .run(importId, plan.id, fileName, sha256, ctx.now().toISOString(), JSON.stringify(a.dryRun.summary));
  const remember = ctx.prepare(
    `INSERT INTO imported_task (task_id, import_id, sheet, row_number, due_text, agencies_text, note)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (task_id) DO UPDATE SET import_id = excluded.import_id, sheet = excluded.sheet,
       row_number = excluded.row_number, due_text = excluded.due_text, agencies_text = excluded.agencies_text,
       note = excluded.note`,
  );
  const atRow = <T>(row: { sheet: string; row: number }, fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      if (error instanceof AppError)
        throw new AppError(
          error.code,
          `Chưa nhập gì. Trang «${row.sheet}», dòng ${row.row}: ${error.message}`,
          error.details,
        );
      throw error;
    }
  };
  for (const t of a.tasks) {
    if (t.row.action === 'unchanged') {
      if (t.existingId)
        remember.run(t.existingId, importId, t.row.sheet, t.row.row, t.dueText, t.agenciesText, t.note);
      continue;
    }
    const refs = {
      pillarId: idOf(t.pillar),
      leadAgencyId: idOf(t.lead),
      supportingAgencyIds: t.supporting.map(idOf).filter((id): id is string => id !== null),
    };
    const id = atRow(t.row, () => {
      if (t.existingId) {
        const patch = taskPatch.parse({
          title: t.fields.title,
          output: t.fields.output,
          dueDate: t.fields.dueDate,
          ...refs,
        });
        return updateTask(ctx, t.existingId, patch).id;
      }
      return createTask(ctx, { ...t.fields, planId: plan.id, ...refs }).id;
    });
    remember.run(id, importId, t.row.sheet, t.row.row, t.dueText, t.agenciesText, t.note);
  }
  for (const i of a.indicators) {
    if (i.row.action === 'unchanged') continue;
    atRow(i.row, () => {
      const id = i.existingId
        ? updateIndicator(ctx, i.existingId, {
            name: i.fields.name,
            unit: i.fields.unit,
            ...(i.lead ? { leadAgencyId: idOf(i.lead) } : {}),
            ...(i.pillar ? { pillarId: idOf(i.pillar) } : {}),
          }).id
        : createIndicator(ctx, {
            ...i.fields,
            planId: plan.id,
            pillarId: idOf(i.pillar),
            leadAgencyId: idOf(i.lead),
          }).id;
      if (i.target !== null && i.changedTarget)
        setTarget(ctx, { indicatorId: id, year: i.year, baseline: i.baseline, target: i.target });
    });
  }
  return { planId: plan.id, importId };
}

export async function applyPlanImport(
  ctx: ServiceContext,
  input: ParsedInput<'imports.planApply'>,
): Promise<PlanImportResult> {
  const { book, sha256 } = await readUploadedBook(input.fileName, input.fileBase64);
  let label = '';
  const { value, changeSet } = withChangeSet(ctx, { kind: 'imports.planApply', label: () => label }, () => {
    const a = analysePlanImport(ctx, book, input, sha256, input.skipRefused);
    if (!a.dryRun.canApply) throw refusal(a);
    const { planId, importId } = write(ctx, a, input.fileName, sha256);
    label = labelOf(a.plan?.code ?? a.newPlan.code, input.fileName, a.dryRun.summary);
    return { planId, importId, summary: a.dryRun.summary };
  });
  if (changeSet)
    ctx.prepare('UPDATE plan_import SET change_set_id = ? WHERE id = ?').run(changeSet.id, value.importId);
  return { ...value, changeSet };
}
