// The export pipeline every signed document goes through (the periodic report, the meeting's briefing
// pack and notice of conclusions): unlock the key -> build the model -> write and sign the workbook ->
// record the submission. The workbook and its signature are made in a worker thread
// (main/excel/worker), so the main process keeps answering (IPC, progress polls, the outbox) meanwhile.
// The key is unlocked first: a wrong password fails in a second, not after the workbook is built.
import type { z } from 'zod';
import type { ReportExportResult } from '../../../shared/api/types';
import type { signWith as signWithSchema } from '../../../shared/report/schemas';
import { describeCertificate, loadPkcs12, type SigningKey } from '../../excel/signature';
import type { WorkbookDocument } from '../../excel/worker/protocol';
import { runWorkbookInWorker } from '../../excel/worker/run';
import type { ServiceContext } from '../context';
import type { ReportProgress } from '../jobs';
import { explainSignatureError, unlockAppIdentity } from './identity';
import { recordSubmission, XLSX_TYPE, type NewSubmission } from './submissions';

export type SignWith =
  { kind: 'none' } | { kind: 'identity'; password: string } | { kind: 'p12'; p12: Buffer; password: string };

/** The API's signWith (a PKCS#12 file as base64) as the pipeline takes it. */
export function signWithFrom(input: z.infer<typeof signWithSchema>): SignWith {
  return input.kind === 'p12'
    ? { kind: 'p12', p12: Buffer.from(input.p12Base64, 'base64'), password: input.password }
    : input;
}

/** What a caller hands the pipeline once the key is open: the document and how to name and file it. */
export interface DocumentExport {
  document: WorkbookDocument;
  /** Written into the signature: why the key signed. */
  purpose: string;
  fileName: (signed: boolean) => string;
  submission: Pick<NewSubmission, 'kind' | 'planId' | 'meetingId' | 'period' | 'docNumber'>;
  /**
   * Writes the finished file where the person asked (the CLI's --out), before the submission is recorded:
   * a file that could not be written completely is never recorded as submitted.
   */
  deliver?: (content: Buffer, fileName: string) => Promise<void> | void;
}

export interface ExportStages {
  /** Shown while `build` gathers the model. */
  build: string;
  /** Shown while the submission is recorded. */
  record: string;
}

export type ExportResult = ReportExportResult & { content: Buffer };

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

export async function exportDocument(
  ctx: ServiceContext,
  identityDir: string,
  signWith: SignWith,
  stages: ExportStages,
  build: () => DocumentExport,
  progress: ReportProgress = () => {},
): Promise<ExportResult> {
  progress(0.02, 'Đang mở chữ ký số…');
  const key = unlock(identityDir, signWith);
  await tick();
  progress(0.05, stages.build);
  const doc = build();
  await tick();
  const content = await runWorkbookInWorker(
    {
      document: doc.document,
      sign: key ? { key, signingTime: ctx.now().toISOString(), purpose: doc.purpose } : null,
    },
    (f, stage) => progress(0.1 + f * 0.8, stage),
  );
  const signer = key ? describeCertificate(key.certificatePem).commonName : null;
  progress(0.95, stages.record);
  await tick();
  const fileName = doc.fileName(key !== null);
  await doc.deliver?.(content, fileName);
  const submission = recordSubmission(ctx, { ...doc.submission, fileName, signer, content });
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
