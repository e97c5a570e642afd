// Messages between the main process and the workbook worker. Everything crossing is plain data
// (structured clone): the document's model, PEM strings, bytes.
import type { BriefingModel } from '../../../shared/api/types';
import type { ReportHeader, ReportModel } from '../../../shared/report/model';
import type { NoticeDocument } from '../../services/briefing/documents';
import type { SigningKey } from '../signature';

/** Which workbook to write, with the model it is drawn from. */
export type WorkbookDocument =
  | { kind: 'report'; model: ReportModel }
  | { kind: 'briefing'; briefing: BriefingModel; header: ReportHeader; generatedAt: string }
  | { kind: 'notice'; notice: NoticeDocument };

export interface WorkbookJob {
  document: WorkbookDocument;
  sign: { key: SigningKey; signingTime: string; purpose: string } | null;
}

export type WorkerMessage =
  | { type: 'progress'; fraction: number; stage: string }
  | { type: 'done'; content: Uint8Array }
  | { type: 'error'; code: string | null; message: string };
