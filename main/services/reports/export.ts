// The export pipeline: model -> workbook -> (signature) -> submission. The workbook and its signature are
// made in a worker thread (main/excel/worker), so the main process keeps answering (IPC, progress polls,
// the outbox) while a large province's report is packed.
// The key is unlocked first: a wrong password fails in a second, not after the workbook is built.
import type { ReportExportResult } from '../../../shared/api/types';
import type { ReportKind } from '../../../shared/report/model';
import { describeCertificate, loadPkcs12, type SigningKey } from '../../excel/signature';
import { runWorkbookInWorker } from '../../excel/worker/run';
import type { ServiceContext } from '../context';
import type { ReportProgress } from '../jobs';
import { explainSignatureError, unlockAppIdentity } from './identity';
import { buildReportModel } from './model';
import { recordSubmission, XLSX_TYPE } from './submissions';

export type SignWith =
  { kind: 'none' } | { kind: 'identity'; password: string } | { kind: 'p12'; p12: Buffer; password: string };

export interface ExportRequest {
  planId: string;
  period: string;
  kind: ReportKind;
  signWith: SignWith;
  /** Overrides the draft's number for this file only (CLI --number). */
  docNumber?: string;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

function unlock(identityDir: string, signWith: SignWith): SigningKey | null {
  if (signWith.kind === 'none') return null;
  if (signWith.kind === 'identity') return unlockAppIdentity(identityDir, signWith.password);
  try {
    return loadPkcs12(signWith.p12, signWith.password);
  } catch (error) {
    explainSignatureError(error);
  }
}

/** 'bao-cao-chuyen-doi-so-2025-Q4-da-ky.xlsx': ASCII, so every mail client and file system keeps it. */
export function reportFileName(period: string, signed: boolean): string {
  return `bao-cao-chuyen-doi-so-${period}${signed ? '-da-ky' : ''}.xlsx`;
}

export async function exportReport(
  ctx: ServiceContext,
  identityDir: string,
  request: ExportRequest,
  progress: ReportProgress = () => {},
): Promise<ReportExportResult & { content: Buffer }> {
  progress(0.02, 'Đang mở chữ ký số…');
  const key = unlock(identityDir, request.signWith);
  await tick();
  progress(0.05, 'Đang tổng hợp số liệu…');
  const model = buildReportModel(
    ctx,
    request,
    request.docNumber === undefined ? {} : { docNumber: request.docNumber },
  );
  await tick();
  const content = await runWorkbookInWorker(
    {
      model,
      sign: key
        ? { key, signingTime: ctx.now().toISOString(), purpose: `Ký ban hành báo cáo ${model.period.label}` }
        : null,
    },
    (f, stage) => progress(0.1 + f * 0.8, stage),
  );
  const signer = key ? describeCertificate(key.certificatePem).commonName : null;
  progress(0.95, 'Đang lưu hồ sơ báo cáo…');
  await tick();
  const fileName = reportFileName(model.period.key, key !== null);
  const submission = recordSubmission(ctx, {
    kind: request.kind,
    planId: request.planId,
    period: model.period.key,
    docNumber: model.docNumber,
    fileName,
    signer,
    content,
  });
  progress(1, 'Hoàn thành.');
  return {
    submissionId: submission.id,
    fileName,
    contentType: XLSX_TYPE,
    sha256: submission.sha256,
    signer,
    base64: content.toString('base64'),
    content,
  };
}
