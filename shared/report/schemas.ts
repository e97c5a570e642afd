// Input schemas (zod) of the report, signing and submission methods. Messages are Vietnamese and name
// the field, as in shared/api/schemas.ts. Passwords pass through these schemas and are never stored.
import { z } from 'zod';
import { id, MAX_LINE, optionalLine, periodKey, text } from '../api/schemas';
import { DOCUMENT_FORMATS } from './formats';
import { REPORT_KINDS, SIGNER_AUTHORITIES } from './model';

export const reportKind = z
  .enum(REPORT_KINDS, { message: 'Loại báo cáo không hợp lệ.' })
  .default('bao_cao_dinh_ky');

export const reportKey = z.object({ planId: id, period: periodKey, kind: reportKind });

export const signerBlock = z.object({
  authority: z.enum(SIGNER_AUTHORITIES, { message: 'Thẩm quyền ký: chọn TM., KT. hoặc để trống.' }),
  authorityName: optionalLine('Tên tập thể / người đứng đầu', 200),
  title: optionalLine('Chức vụ người ký', 200),
  name: optionalLine('Họ tên người ký', 200),
});

export const reportDraftSave = reportKey.extend({
  sections: z.object({
    achievements: text('Kết quả đạt được'),
    shortcomings: text('Tồn tại, hạn chế'),
    nextTasks: text('Nhiệm vụ thời gian tới'),
    proposals: text('Đề xuất, kiến nghị'),
  }),
  docNumber: optionalLine('Số văn bản', 100).refine((s) => !/^số\s*:/i.test(s), {
    message: 'Số văn bản: chỉ nhập phần số, ví dụ 05/BC-BCĐ (không gõ "Số:").',
  }),
  recipients: z.array(optionalLine('Nơi nhận', MAX_LINE)).max(50, { message: 'Nơi nhận: tối đa 50 dòng.' }),
  signer: signerBlock,
});

/** A password typed by the person: required, never trimmed (spaces may be part of it). */
export const password = (label: string) =>
  z
    .string({ message: `${label}: phải là chữ.` })
    .min(1, { message: `${label}: chưa nhập.` })
    .max(500, { message: `${label}: dài quá 500 ký tự.` });

/** Base64 of an uploaded file, at most `maxBytes` once decoded. */
export const base64File = (label: string, maxBytes: number) =>
  z
    .string({ message: `${label}: chưa chọn tệp.` })
    .min(1, { message: `${label}: chưa chọn tệp.` })
    .max(Math.ceil(maxBytes / 3) * 4 + 4, {
      message: `${label}: tệp lớn quá ${Math.round(maxBytes / 1024 / 1024)} MB.`,
    })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: `${label}: nội dung tệp không hợp lệ.` });

export const MAX_P12_BYTES = 64 * 1024;
export const MAX_XLSX_BYTES = 5 * 1024 * 1024;

/** Job error codes of an export stopped before signing until the person accepts the certificate's warning. */
export const CERTIFICATE_WARNING_CODES = [
  'CHUNG_THU_HET_HAN',
  'CHUNG_THU_CHUA_HIEU_LUC',
  'CHUNG_THU_SAP_HET_HAN',
] as const;
export type CertificateWarningCode = (typeof CERTIFICATE_WARNING_CODES)[number];

/**
 * Set once the person, told that the certificate is out of its validity or expires within 30 days, chose to
 * sign anyway; without it such an export stops before signing with that warning (job error code
 * CHUNG_THU_HET_HAN, CHUNG_THU_CHUA_HIEU_LUC or CHUNG_THU_SAP_HET_HAN).
 */
const acceptCertificateWarning = z
  .boolean({ message: 'Xác nhận chứng thư số: phải là có hoặc không.' })
  .optional();

/** Which token: the module's full path (a known one, or one the person chose), the slot, the certificate. */
export const pkcs11Module = z
  .string({ message: 'Thư viện PKCS#11: chưa chọn.' })
  .trim()
  .min(1, { message: 'Thư viện PKCS#11: chưa chọn.' })
  .max(1000, { message: 'Thư viện PKCS#11: đường dẫn dài quá.' });
export const pkcs11SlotId = z
  .string()
  .regex(/^\d{1,20}$/, { message: 'Khe thiết bị: phải là số (như TienDo liệt kê).' });
export const pkcs11Token = {
  module: pkcs11Module,
  slotId: pkcs11SlotId.optional(),
  keyLabel: z.string().max(200, { message: 'Nhãn chứng thư số: dài quá 200 ký tự.' }).optional(),
};

export const signWith = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  /** The app's own signing identity (password-protected PKCS#12 next to the database). */
  z.object({
    kind: z.literal('identity'),
    password: password('Mật khẩu chữ ký số'),
    acceptCertificateWarning,
  }),
  /** A certificate file the province got from a CA: used for this export only, never kept. */
  z.object({
    kind: z.literal('p12'),
    p12Base64: base64File('Tệp chứng thư số', MAX_P12_BYTES),
    password: password('Mật khẩu tệp chứng thư số'),
    acceptCertificateWarning,
  }),
  /** The office's USB token through its PKCS#11 module; the PIN is asked each time and never kept. */
  z.object({
    kind: z.literal('pkcs11'),
    ...pkcs11Token,
    pin: password('Mã PIN của thiết bị ký số'),
    acceptCertificateWarning,
  }),
]);

/** Excel workbook or Word document; defaults to the workbook (create/input schemas only, never a patch). */
export const documentFormat = z
  .enum(DOCUMENT_FORMATS, { message: 'Định dạng tệp: chọn Excel (.xlsx) hoặc Word (.docx).' })
  .default('xlsx');

/**
 * `provisional: true` says the person confirmed that the period has not ended and its figures are
 * provisional; without it the server refuses to sign a report of a running period (KY_CHUA_KET_THUC).
 */
export const reportExport = reportKey.extend({
  signWith,
  format: documentFormat,
  provisional: z.boolean().optional(),
});

export const identityCreate = z.object({
  commonName: z.string().trim().min(1, { message: 'Họ tên người ký: không được để trống.' }).max(200),
  email: z
    .union([z.string().trim().email({ message: 'Thư điện tử: địa chỉ không hợp lệ.' }), z.literal('')])
    .default(''),
  password: password('Mật khẩu').refine((p) => p.length >= 8, { message: 'Mật khẩu: ít nhất 8 ký tự.' }),
  /** Replacing an existing identity must be asked for explicitly: the centre knows the old certificate. */
  replace: z.boolean().default(false),
});

export const certificateFormat = z.object({ format: z.enum(['pem', 'der']).default('pem') });

export const jobId = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, { message: 'Mã công việc không hợp lệ.' }),
});

export const submissionRef = z.object({ submissionId: id });
