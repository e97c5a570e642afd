// Checking a report file as the centre would: the package signature (valid, complete, who, when, which part
// changed) and what the embedded model says the file is. The model is only shown as "what the file claims";
// only `valid` says whether it can be trusted.
import type { ReportVerification } from '../../../shared/api/types';
import { readReportModel } from '../../excel/report';
import { verifyPackage } from '../../excel/signature';
import { sha256Hex } from './submissions';

export async function verifyReportFile(content: Buffer): Promise<ReportVerification> {
  const result = await verifyPackage(content);
  const model = readReportModel(content);
  return {
    signed: result.signed,
    valid: result.valid,
    signatureValid: result.signatureValid,
    complete: result.complete,
    signer: result.signer,
    signingTime: result.signingTime,
    problems: result.problems.map((p) => ({
      code: p.code,
      message: p.message,
      ...(p.part ? { part: p.part } : {}),
    })),
    sha256: sha256Hex(content),
    report: model
      ? {
          title: `${model.header.title} ${model.header.subtitle}`,
          periodLabel: model.period.label,
          docNumber: model.docNumber,
          province: model.province,
          generatedAt: model.generatedAt,
        }
      : null,
  };
}
