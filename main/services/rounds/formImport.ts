// Returned forms in: many files at once. Reading happens in the reader's worker (main/excel/lists/read);
// each file is then checked (./formCheck) and, on apply, written as one change set of its own, checked
// again inside its transaction (the database may have changed since the preview), with the agency as the
// actor and the form's date in the label. The audit time stays the moment TienDo learned the values: the
// "as known at" rule of every report depends on it. A refused file, or one whose plausibility warnings the
// person has not confirmed, writes nothing; the same file again is recognised and changes nothing.
import { createHash } from 'node:crypto';
import type { ParsedInput } from '../../../shared/api/contract';
import type { FormApplyFile, FormApplyResult, FormCheckResult } from '../../../shared/api/sheetTypes';
import { formatDate } from '../../../shared/format/vi';
import { readSheetFiles } from '../../excel/lists/read';
import { currentScope } from '../changes/scope';
import { withChangeSet, type ServiceContext } from '../context';
import { setValues } from '../indicators';
import { updateTask } from '../tasks';
import { checkFormFile, type CheckedForm, type FormFileInput } from './formCheck';

export async function readFormFiles(files: { fileName: string; bytes: Buffer }[]): Promise<FormFileInput[]> {
  const bytes = files.map((f) => f.bytes);
  const outcomes = await readSheetFiles(files);
  return outcomes.map((o, i) => ({
    fileName: files[i]!.fileName,
    sha256: createHash('sha256').update(bytes[i]!).digest('hex'),
    book: o.ok ? o.book : null,
    readError: o.ok ? null : o.message,
  }));
}

const uploads = (files: { fileName: string; fileBase64: string }[]) =>
  files.map((f) => ({ fileName: f.fileName, bytes: Buffer.from(f.fileBase64, 'base64') }));

export function checkForms(
  ctx: ServiceContext,
  files: FormFileInput[],
  roundId: string | undefined,
  choices: Record<string, Record<string, 'form' | 'tiendo'>> = {},
): FormCheckResult {
  return { files: files.map((f) => checkFormFile(ctx, f, roundId, choices[f.sha256] ?? {}).check) };
}

export async function checkFormUploads(
  ctx: ServiceContext,
  input: ParsedInput<'forms.check'>,
): Promise<FormCheckResult> {
  return checkForms(ctx, await readFormFiles(uploads(input.files)), input.roundId);
}

/** "Nhập phiếu Quý IV/2026 của Sở Tài chính (phiếu ngày 15/12/2026): 3 nhiệm vụ, 2 số liệu". */
function labelOf(c: CheckedForm, formDate: string): string {
  const parts = [
    ...(c.tasks.length > 0 ? [`${c.tasks.length} nhiệm vụ`] : []),
    ...(c.values.length > 0 ? [`${c.values.length} số liệu`] : []),
  ];
  return `Nhập phiếu ${c.meta!.periodLabel} của ${c.meta!.agencyName} (phiếu ngày ${formatDate(formDate)}): ${parts.join(', ') || 'không thay đổi'}`;
}

/** The agency as the actor of its form's change set, and who entered it. */
function agencyContext(ctx: ServiceContext, agencyName: string, formDate: string): ServiceContext {
  const operator = ctx.actor();
  return {
    ...ctx,
    actor: () => `${agencyName} (phiếu ngày ${formatDate(formDate)}; người nhập: ${operator})`,
  };
}

function applyOne(
  ctx: ServiceContext,
  file: FormFileInput,
  input: Pick<ParsedInput<'forms.apply'>, 'roundId' | 'choices' | 'confirmWarnings'>,
): FormApplyFile {
  const choices = input.choices[file.sha256] ?? {};
  const preview = checkFormFile(ctx, file, input.roundId, choices);
  const skip = (c: CheckedForm): FormApplyFile => ({
    ...c.check,
    applied: false,
    changeSet: null,
    updatedRows: 0,
  });
  if (preview.check.status === 'refused' || preview.check.status === 'already' || !preview.meta)
    return skip(preview);
  const formDate = preview.check.formDate ?? ctx.today();
  const agencyCtx = agencyContext(ctx, preview.meta.agencyName, formDate);
  let checked = preview;
  const { changeSet } = withChangeSet(
    agencyCtx,
    { kind: 'forms.apply', label: () => labelOf(checked, formDate) },
    () => {
      checked = checkFormFile(agencyCtx, file, input.roundId, choices);
      if (checked.check.status === 'refused' || checked.check.status === 'already' || !checked.meta) return;
      const warned = checked.values.filter((v) => v.warnings.length > 0);
      if (warned.length > 0 && !input.confirmWarnings) {
        checked = {
          ...checked,
          check: {
            ...checked.check,
            status: 'refused',
            problems: checked.check.changes
              .filter((c) => c.warnings.length > 0)
              .map((c) => ({
                sheet: c.sheet,
                row: c.row,
                column: c.column,
                message: `Chỉ tiêu ${c.code}, ${c.after}: ${c.warnings.map((w) => w.message).join(' ')} Cần xác nhận số liệu trước khi nhập.`,
              })),
          },
          tasks: [],
          values: [],
        };
        return;
      }
      for (const t of checked.tasks) updateTask(agencyCtx, t.taskId, t.patch);
      if (checked.values.length > 0)
        setValues(agencyCtx, {
          values: checked.values.map((v) => ({
            indicatorId: v.indicatorId,
            period: v.period,
            value: v.value,
            note: v.note,
            evidence: v.evidence,
            ...(v.pasted !== undefined ? { pasted: v.pasted } : {}),
            confirmed: true,
          })),
        });
      const changeSetId = currentScope(ctx.db)?.id ?? null;
      ctx
        .prepare(
          `INSERT INTO round_form_import (id, round_id, agency_id, file_name, sha256, form_issued_at, form_date, imported_at,
           change_set_id, updated_rows, unchanged_rows) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          ctx.newId(),
          checked.meta.round,
          checked.meta.agency,
          file.fileName,
          file.sha256,
          checked.meta.issuedAt,
          formDate,
          ctx.now().toISOString(),
          changeSetId,
          checked.tasks.length + checked.values.length,
          checked.check.unchanged,
        );
    },
  );
  const applied = checked.check.status === 'ready' || checked.check.status === 'nothing';
  return {
    ...checked.check,
    applied,
    changeSet: applied ? changeSet : null,
    updatedRows: applied ? checked.tasks.length + checked.values.length : 0,
  };
}

export function applyForms(
  ctx: ServiceContext,
  files: FormFileInput[],
  input: Pick<ParsedInput<'forms.apply'>, 'roundId' | 'choices' | 'confirmWarnings'>,
): FormApplyResult {
  const results: FormApplyFile[] = [];
  // The same file twice in one drop: the second is the already-imported one.
  for (const file of files) results.push(applyOne(ctx, file, input));
  return { files: results, ok: results.every((f) => f.applied || f.status === 'already') };
}

export async function applyFormUploads(
  ctx: ServiceContext,
  input: ParsedInput<'forms.apply'>,
): Promise<FormApplyResult> {
  return applyForms(ctx, await readFormFiles(uploads(input.files)), input);
}
