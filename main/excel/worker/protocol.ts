// Messages between the main process and the workbook worker. Everything crossing is plain data
// (structured clone): the report model, PEM strings, bytes.
import type { ReportModel } from '../../../shared/report/model';
import type { SigningKey } from '../signature';

export interface WorkbookJob {
  model: ReportModel;
  sign: { key: SigningKey; signingTime: string; purpose: string } | null;
}

export type WorkerMessage =
  | { type: 'progress'; fraction: number; stage: string }
  | { type: 'done'; content: Uint8Array }
  | { type: 'error'; code: string | null; message: string };
