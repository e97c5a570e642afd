// What the worker does: the styled workbook (or Word document) of the job's document, then the signature.
// Kept apart from the worker entry so the same code runs in-process when no worker is available.
import type { DocumentFormat } from '../../../shared/report/formats';
import { writeNoticeDocx } from '../../word/notice';
import { writeReportDocx } from '../../word/report';
import { writeBriefingWorkbook, writeNoticeWorkbook } from '../briefing';
import { writeReportWorkbook } from '../report';
import { signPackage } from '../signature';
import type { WorkbookDocument, WorkbookJob } from './protocol';

type Progress = (fraction: number, stage: string) => void;

/** Signs with a token the backend holds: the bytes go out, the signature comes back (see protocol.ts). */
export type RemoteSign = (data: Buffer) => Promise<Buffer>;

/** The Word documents: the report (body and annexes as tables) and the notice; the briefing pack is a workbook only. */
function writeWord(document: WorkbookDocument, progress: Progress): Promise<Buffer> {
  progress(0, 'Đang ghi tệp Word…');
  switch (document.kind) {
    case 'report':
      return writeReportDocx(document.model);
    case 'notice':
      return writeNoticeDocx(document.notice);
    case 'briefing':
      throw new Error('Tài liệu phục vụ phiên họp chỉ xuất được ra tệp Excel (.xlsx).');
  }
}

function writeDocument(
  document: WorkbookDocument,
  format: DocumentFormat,
  progress: Progress,
): Promise<Buffer> {
  if (format === 'docx') return writeWord(document, progress);
  switch (document.kind) {
    case 'report':
      return writeReportWorkbook(document.model, progress);
    case 'briefing':
      // The meeting documents are a few sheets: one step, no row-by-row progress.
      progress(0, 'Đang ghi tệp Excel…');
      return writeBriefingWorkbook(document.briefing, document.header, new Date(document.generatedAt));
    case 'notice':
      progress(0, 'Đang ghi tệp Excel…');
      return writeNoticeWorkbook(document.notice);
  }
}

export async function runWorkbookJob(
  job: WorkbookJob,
  progress: Progress,
  remoteSign?: RemoteSign,
): Promise<Buffer> {
  let content = await writeDocument(job.document, job.format, (f, stage) =>
    progress(job.sign ? f * 0.85 : f, stage),
  );
  if (job.sign) {
    progress(0.9, 'Đang ký số…');
    const sign = job.sign;
    let signer: Parameters<typeof signPackage>[1];
    if ('key' in sign) signer = sign.key;
    else if (remoteSign) signer = { ...sign.remote, sign: remoteSign };
    else throw new Error('Thiếu thiết bị ký số để ký.');
    content = await signPackage(content, signer, {
      signingTime: new Date(sign.signingTime),
      purpose: sign.purpose,
    });
  }
  progress(1, 'Đã tạo tệp.');
  return content;
}
