// Export of a meeting document (the briefing pack or the notice of conclusions) through the report
// pipeline (../reports/pipeline.ts): the same stages as a periodic report, so both documents are signed
// off the main thread, kept with their hash and bytes as submissions of the meeting, and mailed alike.
import type { DocumentFormat } from '../../../shared/report/formats';
import { appError } from '../../errors';
import type { ServiceContext } from '../context';
import type { ReportProgress } from '../jobs';
import { exportDocument, type DocumentExport, type ExportResult, type SignWith } from '../reports/pipeline';
import { MEETING_DOCUMENT_KINDS, type MeetingDocument } from '../reports/submissions';
import { buildBriefing } from './index';
import { briefingHeader, buildNoticeDocument } from './documents';

export interface MeetingExportRequest {
  meetingId: string;
  document: MeetingDocument;
  /** The workbook (default); the notice also as a Word document. */
  format?: DocumentFormat;
  signWith: SignWith;
  /** Writes the file before the submission is recorded (the CLI's --out; see DocumentExport.deliver). */
  deliver?: DocumentExport['deliver'];
}

/** 'tai-lieu-phien-hop-3-2025-10-14-da-ky.xlsx': ASCII, so every mail client and file system keeps it. */
export function meetingFileName(
  document: MeetingDocument,
  number: number,
  heldOn: string,
  signed: boolean,
  format: DocumentFormat = 'xlsx',
): string {
  const stem = document === 'briefing' ? 'tai-lieu-phien-hop' : 'thong-bao-ket-luan-phien-hop';
  return `${stem}-${number}-${heldOn}${signed ? '-da-ky' : ''}.${format}`;
}

function buildDocument(ctx: ServiceContext, request: MeetingExportRequest): DocumentExport {
  const format = request.format ?? 'xlsx';
  if (request.document === 'briefing' && format !== 'xlsx') throw appError('TAI_LIEU_HOP_CHI_EXCEL', {});
  const filed = (meeting: { number: number; heldOn: string }, docNumber: string) => ({
    format,
    fileName: (signed: boolean) =>
      meetingFileName(request.document, meeting.number, meeting.heldOn, signed, format),
    submission: {
      kind: MEETING_DOCUMENT_KINDS[request.document],
      planId: null,
      meetingId: request.meetingId,
      period: null,
      docNumber,
    },
  });
  if (request.document === 'briefing') {
    const b = buildBriefing(ctx, request.meetingId);
    return {
      document: {
        kind: 'briefing',
        briefing: b,
        header: briefingHeader(b),
        generatedAt: ctx.now().toISOString(),
      },
      purpose: `Ký tài liệu phục vụ phiên họp thứ ${b.meeting.number}`,
      ...filed(b.meeting, ''),
    };
  }
  const notice = buildNoticeDocument(ctx, request.meetingId);
  return {
    document: { kind: 'notice', notice },
    purpose: `Ký ban hành thông báo kết luận phiên họp thứ ${notice.meeting.number}`,
    ...filed(notice.meeting, notice.meeting.noticeNumber ?? ''),
  };
}

export function exportMeetingDocument(
  ctx: ServiceContext,
  identityDir: string,
  request: MeetingExportRequest,
  progress?: ReportProgress,
): Promise<ExportResult> {
  return exportDocument(
    ctx,
    identityDir,
    request.signWith,
    {
      build:
        request.document === 'briefing'
          ? 'Đang tổng hợp tài liệu phiên họp…'
          : 'Đang lập thông báo kết luận…',
      record: 'Đang lưu hồ sơ…',
    },
    () => ({
      ...buildDocument(ctx, request),
      ...(request.deliver ? { deliver: request.deliver } : {}),
    }),
    progress,
  );
}
