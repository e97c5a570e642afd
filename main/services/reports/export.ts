// Export of the periodic report: the report model of a plan and period through the shared export
// pipeline (./pipeline.ts), recorded as a submission of the plan for that period.
import type { DocumentFormat } from '../../../shared/report/formats';
import type { ReportKind } from '../../../shared/report/model';
import type { ServiceContext } from '../context';
import type { ReportProgress } from '../jobs';
import { buildReportModel } from './model';
import { exportDocument, type DocumentExport, type ExportResult, type SignWith } from './pipeline';

export interface ExportRequest {
  planId: string;
  period: string;
  kind: ReportKind;
  /** The workbook (default) or the Word document. */
  format?: DocumentFormat;
  signWith: SignWith;
  /** Overrides the draft's number for this file only (CLI --number). */
  docNumber?: string;
  /** Writes the file before the submission is recorded (see DocumentExport.deliver). */
  deliver?: DocumentExport['deliver'];
}

/** 'bao-cao-chuyen-doi-so-2025-Q4-da-ky.xlsx': ASCII, so every mail client and file system keeps it. */
export function reportFileName(period: string, signed: boolean, format: DocumentFormat = 'xlsx'): string {
  return `bao-cao-chuyen-doi-so-${period}${signed ? '-da-ky' : ''}.${format}`;
}

export function exportReport(
  ctx: ServiceContext,
  identityDir: string,
  request: ExportRequest,
  progress?: ReportProgress,
): Promise<ExportResult> {
  return exportDocument(
    ctx,
    identityDir,
    request.signWith,
    { build: 'Đang tổng hợp số liệu…', record: 'Đang lưu hồ sơ báo cáo…' },
    () => {
      const model = buildReportModel(
        ctx,
        request,
        request.docNumber === undefined ? {} : { docNumber: request.docNumber },
      );
      const format = request.format ?? 'xlsx';
      return {
        document: { kind: 'report', model },
        format,
        purpose: `Ký ban hành báo cáo ${model.period.label}`,
        fileName: (signed) => reportFileName(model.period.key, signed, format),
        submission: {
          kind: request.kind,
          planId: request.planId,
          meetingId: null,
          period: model.period.key,
          docNumber: model.docNumber,
        },
        ...(request.deliver ? { deliver: request.deliver } : {}),
      };
    },
    progress,
  );
}
