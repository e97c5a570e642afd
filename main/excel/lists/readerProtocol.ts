// Messages between the backend and the spreadsheet reader's worker thread (plain data).
import type { ReadLimits } from './limits';
import type { SheetBook } from './sheet';

export interface ReadRequest {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  limits: ReadLimits;
}

export type ReadReply =
  { id: number; ok: true; book: SheetBook } | { id: number; ok: false; code: string; message: string };
