// Checking a report file as the centre would, from one strict reading of the package: is it intact (the
// signature holds and covers every part), is who signed it confirmed (only a signer this machine trusts:
// its own signing identity, until a trust list exists), and what the signed model says the file is. The
// report's title comes only from the signed model; the file's properties (docProps/core.xml), which no
// package signature covers, are only compared with it and a difference noted.
import type { ReportVerification, VerificationProblem } from '../../../shared/api/types';
import { meetingDocumentOf } from '../../excel/briefing/inspect';
import { reportModelOf } from '../../excel/report/inspect';
import {
  type VerifiedPackage,
  type VerifyOptions,
  type VerifyResult,
  groupFingerprint,
  localDate,
  openVerifiedPackage,
} from '../../excel/signature';
import { provinceKey } from '../centre/provinces';
import { ownSigners } from './identity';
import { sha256Hex } from './submissions';

/** What TienDo writes as the author of every file it makes (exceljs's creator). */
const TIENDO_CREATOR = 'TienDo';

/** The title the writer put in the file's properties, from the signed model: null without one. */
function signedTitle(pkg: VerifiedPackage): string | null {
  const report = reportModelOf(pkg);
  if (report.status === 'signed') return `${report.model.header.title} ${report.model.header.subtitle}`;
  const doc = meetingDocumentOf(pkg);
  if (doc.status !== 'signed') return null;
  const header = doc.model.kind === 'briefing' ? doc.model.header : doc.model.notice.header;
  return doc.model.kind === 'briefing'
    ? `${header.title} - ${header.subtitle}`
    : `${header.title} ${header.subtitle}`;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Notes on the unsigned file properties when they say something other than the signed document. */
function propertiesNotes(pkg: VerifiedPackage): VerificationProblem[] {
  const title = signedTitle(pkg);
  const props = pkg.coreProperties;
  if (title === null || !props) return [];
  const notes: VerificationProblem[] = [];
  const unsigned =
    'Thuộc tính tệp không được chữ ký số bảo vệ, ai cũng sửa được; TienDo chỉ dùng nội dung đã ký.';
  if (props.title !== null && squash(props.title) !== squash(title)) {
    notes.push({
      code: 'THUOC_TINH_TIEU_DE_KHAC',
      message: `Tiêu đề ghi trong thuộc tính tệp (docProps/core.xml) là “${squash(props.title)}”, khác với tiêu đề đã ký “${squash(title)}”. ${unsigned}`,
      part: '/docProps/core.xml',
    });
  }
  if (props.creator !== null && squash(props.creator) !== TIENDO_CREATOR) {
    notes.push({
      code: 'THUOC_TINH_TAC_GIA_KHAC',
      message: `Tác giả ghi trong thuộc tính tệp (docProps/core.xml) là “${squash(props.creator)}”, không phải do TienDo ghi; người ký là người ghi trong chứng thư số. ${unsigned}`,
      part: '/docProps/core.xml',
    });
  }
  return notes;
}

/** Why a file is not to be relied on, in a few words (the problems say the details). */
export function invalidReason(
  v: Pick<
    VerifyResult,
    'readable' | 'signed' | 'signatureValid' | 'certificate' | 'certificateValid' | 'complete'
  >,
): string {
  if (!v.readable) return 'tệp không đọc được hoặc cấu trúc tệp đã bị sửa';
  if (!v.signed) return 'tệp chưa được ký số';
  if (!v.signatureValid) return 'chữ ký số không đúng';
  if (!v.certificateValid) {
    if (v.certificate.status === 'expired')
      return `chứng thư số đã hết hạn từ ngày ${localDate(v.certificate.notAfter)}`;
    if (v.certificate.status === 'not-yet-valid')
      return `chứng thư số chưa có hiệu lực đến ngày ${localDate(v.certificate.notBefore)}`;
    if (v.certificate.status === 'revoked')
      return `chứng thư số đã bị thu hồi từ ngày ${localDate(v.certificate.revokedAt)}`;
    if (v.certificate.status === 'wrong-usage') return v.certificate.detail;
    if (v.certificate.status === 'chain-invalid')
      return v.certificate.detail.replace(/^Chuỗi/, 'chuỗi').replace(/\.$/, '');
    return 'không xác định được hiệu lực của chứng thư số';
  }
  if (!v.complete) return 'tệp đã bị thay đổi sau khi ký';
  return 'tệp có vấn đề nêu ở trên';
}

export function verificationOf(pkg: VerifiedPackage, content: Buffer): ReportVerification {
  const r = pkg.result;
  const report = reportModelOf(pkg);
  const model = report.status === 'signed' ? report.model : null;
  const problems = r.problems.map((p) => ({
    code: p.code,
    message: p.message,
    ...(p.part ? { part: p.part } : {}),
  }));
  // A signed file whose embedded model the readers refuse (ambiguous JSON, wrong shape) is not valid
  // either: what it would show cannot be relied on. Said once, and only when the signature holds (a broken
  // signature already explains why nothing is read).
  const meeting = meetingDocumentOf(pkg);
  const refused = report.status === 'refused' ? report : meeting.status === 'refused' ? meeting : null;
  if (r.valid && refused) problems.push({ code: 'DU_LIEU_KEM_THEO_HONG', message: refused.message });
  const embeddedOk = !(r.valid && refused);
  // A signer trusted for one province does not vouch for a report that names another.
  const wrongProvince =
    r.trust.status === 'trusted' &&
    r.trust.province &&
    model &&
    provinceKey(model.province) !== provinceKey(r.trust.province)
      ? r.trust
      : null;
  if (wrongProvince)
    problems.push({
      code: 'NGUOI_KY_KHAC_TINH',
      message: `Người ký được tin cậy là "${wrongProvince.label}", ký báo cáo của ${wrongProvince.province}, nhưng báo cáo này ghi là của ${model?.province ?? ''}: không nhận báo cáo này là của ${model?.province ?? ''}.`,
    });
  const ok = embeddedOk && !wrongProvince;
  return {
    verdict: ok ? r.verdict : 'invalid',
    readable: r.readable,
    signed: r.signed,
    intact: r.intact,
    signatureValid: r.signatureValid,
    complete: r.complete,
    certificateValid: r.certificateValid,
    certificate: r.certificate,
    valid: r.valid && ok,
    trust: r.trust,
    signer: r.signer,
    fingerprint: r.signer ? groupFingerprint(r.signer.fingerprintSha256) : null,
    signingTime: r.signingTime,
    problems,
    notes: [...r.notes, ...propertiesNotes(pkg)],
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

export interface VerifyFileOptions extends VerifyOptions {
  /** The folder of this machine's signing identity: its certificates are the signers confirmed. */
  identityDir?: string;
}

export async function verifyReportFile(
  content: Buffer,
  options: VerifyFileOptions = {},
): Promise<ReportVerification> {
  const trusted = [
    ...(options.trusted ?? []),
    ...(options.identityDir ? ownSigners(options.identityDir) : []),
  ];
  const pkg = await openVerifiedPackage(content, { ...options, trusted });
  return verificationOf(pkg, content);
}
