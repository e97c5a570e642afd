// Messages between the main process and the workbook worker. Everything crossing is plain data
// (structured clone): the document's model, PEM strings, bytes.
import type { BriefingModel } from '../../../shared/api/types';
import type { DocumentFormat } from '../../../shared/report/formats';
import type { ReportHeader, ReportModel } from '../../../shared/report/model';
import type { NoticeDocument } from '../../services/briefing/documents';
import type { SigningKey } from '../signature';

/** Which workbook to write, with the model it is drawn from. */
export type WorkbookDocument =
  | { kind: 'report'; model: ReportModel }
  | { kind: 'briefing'; briefing: BriefingModel; header: ReportHeader; generatedAt: string }
  | { kind: 'notice'; notice: NoticeDocument };

/**
 * How the worker gets its signature: from a key it is handed (a PKCS#12, the app's identity), or from a
 * token that stays in the backend's hands: the worker then sends the bytes to sign ('sign-request') and
 * waits for the token's answer ('sign-response'), so the key never comes near the worker.
 */
export type WorkbookSigning =
  | { key: SigningKey; signingTime: string; purpose: string }
  | { remote: { certificatePem: string; chainPem: string[] }; signingTime: string; purpose: string };

export interface WorkbookJob {
  document: WorkbookDocument;
  /** The workbook, or the Word document (the report's body and annexes, the notice; not the briefing). */
  format: DocumentFormat;
  sign: WorkbookSigning | null;
}

export type WorkerMessage =
  | { type: 'progress'; fraction: number; stage: string }
  | { type: 'sign-request'; data: Uint8Array }
  | { type: 'done'; content: Uint8Array }
  | { type: 'error'; code: string | null; message: string };

/** What the backend sends the worker: the token's signature, or why there is none. */
export type ParentMessage =
  { type: 'sign-response'; signature: Uint8Array } | { type: 'sign-error'; code: string; message: string };
