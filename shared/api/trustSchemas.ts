// Input schemas (zod) of the trust list, token, centre and receipt methods. Files arrive as base64 (the
// renderer reads a dropped file or a chosen one); a fingerprint is what the person read over the phone,
// in any spelling (groups of four, colons, lower case), compared in full by the service.
import { z } from 'zod';
import { base64File, MAX_XLSX_BYTES, pkcs11Module, pkcs11SlotId, signWith } from '../report/schemas';
import { id, isoDate, line, periodKey } from './schemas';

/** A certificate file (.cer/.pem/.p7b) or a CRL: small. */
export const MAX_CERTIFICATE_BYTES = 2 * 1024 * 1024;
/** A received file: a workbook, or an .eml carrying one or several (base64 in MIME takes a third more). */
export const MAX_RECEIVED_BYTES = 8 * 1024 * 1024;
/** Files per call: the renderer sends a dropped folder in batches (browser mode takes 8 MB a request). */
export const MAX_FILES_PER_CALL = 50;

export const fingerprintRead = z
  .string({ message: 'Dấu vân tay: chưa nhập.' })
  .trim()
  .min(1, { message: 'Dấu vân tay: chưa nhập (nhập dấu vân tay nơi gửi đọc cho bạn qua điện thoại).' })
  .max(200, { message: 'Dấu vân tay: dài quá.' });

const bodyName = line('Tên cơ quan của người ký', 300);
const provinceName = line('Tỉnh', 200).nullable();

export const trustInspect = z.object({
  fileBase64: base64File('Tệp chứng thư số hoặc báo cáo', MAX_XLSX_BYTES),
});

export const trustAddSigner = z.object({
  fileBase64: base64File('Tệp chứng thư số hoặc báo cáo', MAX_XLSX_BYTES),
  name: bodyName,
  /** undefined: the province the report names (none for a certificate file); null: not a province. */
  province: provinceName.optional(),
  fingerprint: fingerprintRead,
});

export const trustImportAuthorities = z.object({
  fileBase64: base64File('Tệp chứng thư số của CA', MAX_CERTIFICATE_BYTES),
  name: line('Tên gọi của CA', 300).optional(),
});

export const trustImportCrl = z.object({
  fileBase64: base64File('Tệp danh sách thu hồi (.crl)', MAX_CERTIFICATE_BYTES * 16),
});

export const pkcs11Slots = z.object({ module: pkcs11Module });
export const pkcs11Certificates = z.object({ module: pkcs11Module, slotId: pkcs11SlotId.optional() });

export const incomingFiles = z
  .array(
    z.object({
      name: line('Tên tệp', 300),
      base64: base64File('Tệp', MAX_RECEIVED_BYTES),
    }),
  )
  .min(1, { message: 'Chưa chọn tệp nào.' })
  .max(MAX_FILES_PER_CALL, { message: `Tối đa ${MAX_FILES_PER_CALL} tệp một lần.` });

export const centreInit = z.object({ name: line('Tên cơ quan tiếp nhận báo cáo', 300) });
export const centrePeriod = z.object({ period: periodKey });
export const centreFiles = z.object({
  period: periodKey.nullable().default(null),
  province: line('Tỉnh', 200).nullable().default(null),
});
export const centreTrustSigner = z.object({
  receivedId: id,
  name: bodyName,
  province: provinceName.optional(),
  fingerprint: fingerprintRead,
});
export const centreDeadline = z.object({
  period: periodKey,
  deadline: isoDate('Hạn gửi báo cáo').nullable(),
});
export const centreReceipt = z.object({ receivedId: id, signWith });
export const receivedRef = z.object({ receivedId: id });
