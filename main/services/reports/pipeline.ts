// The export pipeline every signed document goes through (the periodic report, the meeting's briefing
// pack and notice of conclusions): unlock the key -> build the model -> write and sign the workbook ->
// record the submission. The workbook and its signature are made in a worker thread
// (main/excel/worker), so the main process keeps answering (IPC, progress polls, the outbox) meanwhile.
// The key is unlocked first: a wrong password fails in a second, not after the workbook is built; so does
// a certificate out of its validity or about to expire, unless the person already said to sign anyway.
import type { z } from 'zod';
import type { ReportExportResult } from '../../../shared/api/types';
import { DOCUMENT_CONTENT_TYPES, type DocumentFormat } from '../../../shared/report/formats';
import type { signWith as signWithSchema } from '../../../shared/report/schemas';
import {
  describeCertificate,
  loadPkcs12,
  signPackage,
  signingCertificateWarning,
  type SigningKey,
} from '../../excel/signature';
import { AppError } from '../../errors';
import type { WorkbookDocument } from '../../excel/worker/protocol';
import { runWorkbookInWorker } from '../../excel/worker/run';
import type { ServiceContext } from '../context';
import type { ReportProgress } from '../jobs';
import { checkModulePath } from '../../signing/pkcs11/modules';
import { openTokenSigner } from '../../signing/pkcs11/client';
import { explainSignatureError, unlockAppIdentity } from './identity';
import { recordSubmission, type NewSubmission } from './submissions';

/**
 * What the person has already agreed to sign with, having been told: nothing unusual ('none'), a
 * certificate about to expire ('expiring'), or also one out of its validity ('any'). `warn` hears every
 * warning that is signed through (the CLI prints it on stderr).
 */
export interface CertificatePolicy {
  accepted: 'none' | 'expiring' | 'any';
  warn?: (message: string) => void;
}

export type SignWith =
  | { kind: 'none' }
  | { kind: 'identity'; password: string; certificate?: CertificatePolicy }
  | { kind: 'p12'; p12: Buffer; password: string; certificate?: CertificatePolicy }
  /** The office's USB token through its PKCS#11 module: the token signs, the key never leaves it. */
  | {
      kind: 'pkcs11';
      module: string;
      slotId?: string;
      keyLabel?: string;
      pin: string;
      certificate?: CertificatePolicy;
    };

/** The API's signWith (a PKCS#12 file as base64) as the pipeline takes it. */
export function signWithFrom(input: z.infer<typeof signWithSchema>): SignWith {
  if (input.kind === 'none') return input;
  // In the app the person confirms each warning on the screen, then sends the export again accepting it.
  const certificate: CertificatePolicy = { accepted: input.acceptCertificateWarning ? 'any' : 'none' };
  if (input.kind === 'pkcs11')
    return {
      kind: 'pkcs11',
      module: input.module,
      ...(input.slotId === undefined ? {} : { slotId: input.slotId }),
      ...(input.keyLabel === undefined ? {} : { keyLabel: input.keyLabel }),
      pin: input.pin,
      certificate,
    };
  return input.kind === 'p12'
    ? { kind: 'p12', p12: Buffer.from(input.p12Base64, 'base64'), password: input.password, certificate }
    : { kind: 'identity', password: input.password, certificate };
}

/** Refuses a certificate the person has not agreed to sign with (the message says what is wrong with it). */
function checkCertificate(certificatePem: string, signWith: SignWith, now: Date): void {
  const warning = signingCertificateWarning(certificatePem, now);
  if (!warning || signWith.kind === 'none') return;
  const policy = signWith.certificate ?? { accepted: 'none' };
  const accepted =
    policy.accepted === 'any' || (policy.accepted === 'expiring' && warning.code === 'CHUNG_THU_SAP_HET_HAN');
  if (!accepted) throw new AppError(warning.code, warning.message);
  policy.warn?.(warning.message);
}

/** What a caller hands the pipeline once the key is open: the document and how to name and file it. */
export interface DocumentExport {
  document: WorkbookDocument;
  /** Excel workbook or Word document: the same model, signed the same way. */
  format: DocumentFormat;
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

/** The key, unlocked: in memory (a PKCS#12, the app's identity), or a token logged in (close it after). */
type Unlocked =
  | { kind: 'key'; key: SigningKey; certificatePem: string; close: () => Promise<void> }
  | {
      kind: 'token';
      certificatePem: string;
      chainPem: string[];
      sign: (data: Buffer) => Promise<Buffer>;
      close: () => Promise<void>;
    };

const nothingToClose = () => Promise.resolve();

async function unlock(identityDir: string, signWith: SignWith): Promise<Unlocked | null> {
  if (signWith.kind === 'none') return null;
  if (signWith.kind === 'pkcs11') {
    const module = checkModulePath(signWith.module);
    const token = await openTokenSigner(module, {
      pin: signWith.pin,
      ...(signWith.slotId === undefined ? {} : { slotId: signWith.slotId }),
      ...(signWith.keyLabel === undefined ? {} : { keyLabel: signWith.keyLabel }),
    });
    return {
      kind: 'token',
      certificatePem: token.signer.certificatePem,
      chainPem: token.signer.chainPem,
      sign: token.signer.sign,
      close: token.close,
    };
  }
  const key = (() => {
    if (signWith.kind === 'identity') return unlockAppIdentity(identityDir, signWith.password);
    try {
      return loadPkcs12(signWith.p12, signWith.password);
    } catch (error) {
      explainSignatureError(error);
    }
  })();
  return { kind: 'key', key, certificatePem: key.certificatePem, close: nothingToClose };
}

/** Builds the document and writes (and signs) its workbook in the worker; the token, if any, signs from here. */
async function buildAndSign(
  ctx: ServiceContext,
  key: Unlocked | null,
  signWith: SignWith,
  stages: ExportStages,
  build: () => DocumentExport,
  progress: ReportProgress,
): Promise<{ doc: DocumentExport; content: Buffer }> {
  if (key) checkCertificate(key.certificatePem, signWith, ctx.now());
  await tick();
  progress(0.05, stages.build);
  const doc = build();
  await tick();
  const signingTime = ctx.now().toISOString();
  const sign =
    key === null
      ? null
      : key.kind === 'key'
        ? { key: key.key, signingTime, purpose: doc.purpose }
        : {
            remote: { certificatePem: key.certificatePem, chainPem: key.chainPem },
            signingTime,
            purpose: doc.purpose,
          };
  const content = await runWorkbookInWorker(
    { document: doc.document, format: doc.format, sign },
    (f, stage) => progress(0.1 + f * 0.8, stage),
    key?.kind === 'token' ? key.sign : undefined,
  );
  return { doc, content };
}

export async function exportDocument(
  ctx: ServiceContext,
  identityDir: string,
  signWith: SignWith,
  stages: ExportStages,
  build: () => DocumentExport,
  progress: ReportProgress = () => {},
): Promise<ExportResult> {
  progress(0.02, signWith.kind === 'pkcs11' ? 'Đang mở thiết bị ký số…' : 'Đang mở chữ ký số…');
  const key = await unlock(identityDir, signWith);
  let built: { doc: DocumentExport; content: Buffer };
  try {
    built = await buildAndSign(ctx, key, signWith, stages, build, progress);
  } finally {
    // A token is logged out as soon as it has signed (or failed to).
    await key?.close();
  }
  const { doc, content } = built;
  const signer = key ? describeCertificate(key.certificatePem).commonName : null;
  progress(0.95, stages.record);
  await tick();
  const fileName = doc.fileName(key !== null);
  await doc.deliver?.(content, fileName);
  const contentType = DOCUMENT_CONTENT_TYPES[doc.format];
  const submission = recordSubmission(ctx, { ...doc.submission, fileName, signer, content, contentType });
  progress(1, 'Hoàn thành.');
  return {
    submissionId: submission.id,
    fileName,
    contentType,
    sha256: submission.sha256,
    signer,
    base64: content.toString('base64'),
    content,
  };
}

/**
 * Signs a small finished workbook (the centre's receipt) here rather than in the workbook worker: it is a
 * few kilobytes. A token still signs through its own worker thread; it is logged out afterwards.
 */
export async function signSmallDocument(
  ctx: ServiceContext,
  identityDir: string,
  signWith: SignWith,
  content: Buffer,
  purpose: string,
): Promise<{ content: Buffer; signer: string | null }> {
  const key = await unlock(identityDir, signWith);
  if (!key) return { content, signer: null };
  try {
    checkCertificate(key.certificatePem, signWith, ctx.now());
    const signer =
      key.kind === 'key'
        ? key.key
        : { certificatePem: key.certificatePem, chainPem: key.chainPem, sign: key.sign };
    const signed = await signPackage(content, signer, { signingTime: ctx.now(), purpose });
    return { content: signed, signer: describeCertificate(key.certificatePem).commonName };
  } finally {
    await key.close();
  }
}
