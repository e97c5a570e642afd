// Token errors in words a secretary can act on. PKCS#11 answers with CKR_… codes; the few that people meet
// (a wrong PIN, a locked token, a token pulled out) get their own sentence, the rest name the code.
// Nothing here ever repeats the PIN.
import * as pkcs11js from 'pkcs11js';

export class TokenError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TokenError';
  }
}

const WORDS = new Map<number, { code: string; message: string }>([
  [
    pkcs11js.CKR_PIN_INCORRECT,
    {
      code: 'SAI_MA_PIN',
      message:
        'Mã PIN của thiết bị ký số không đúng. Lưu ý: nhập sai nhiều lần liên tiếp, thiết bị sẽ bị khóa.',
    },
  ],
  [
    pkcs11js.CKR_PIN_LOCKED,
    {
      code: 'THIET_BI_BI_KHOA',
      message:
        'Thiết bị ký số đã bị khóa vì nhập sai mã PIN quá số lần cho phép; hãy liên hệ tổ chức cấp chứng thư số để mở khóa.',
    },
  ],
  [pkcs11js.CKR_PIN_LEN_RANGE, { code: 'SAI_MA_PIN', message: 'Mã PIN không đúng độ dài thiết bị yêu cầu.' }],
  [
    pkcs11js.CKR_PIN_EXPIRED,
    {
      code: 'MA_PIN_HET_HAN',
      message: 'Mã PIN của thiết bị đã hết hạn; hãy đổi mã PIN bằng phần mềm của thiết bị.',
    },
  ],
  [
    pkcs11js.CKR_TOKEN_NOT_PRESENT,
    {
      code: 'PKCS11_KHONG_CO_THIET_BI',
      message: 'Không thấy thiết bị ký số: hãy cắm USB token vào máy rồi thử lại.',
    },
  ],
  [
    pkcs11js.CKR_DEVICE_REMOVED,
    {
      code: 'PKCS11_KHONG_CO_THIET_BI',
      message: 'Thiết bị ký số đã bị rút ra trong lúc ký: hãy cắm lại rồi thử lại.',
    },
  ],
  [pkcs11js.CKR_FUNCTION_CANCELED, { code: 'PKCS11_DA_HUY', message: 'Việc ký đã bị hủy trên thiết bị.' }],
]);

/** The error of a PKCS#11 call as a TokenError; `doing` says what was being done, in Vietnamese. */
export function tokenError(error: unknown, doing: string): TokenError {
  if (error instanceof TokenError) return error;
  if (error instanceof pkcs11js.Pkcs11Error) {
    const known = WORDS.get(error.code);
    if (known) return new TokenError(known.code, known.message);
    return new TokenError('PKCS11_LOI', `Thiết bị ký số báo lỗi khi ${doing}: ${error.message}.`);
  }
  return new TokenError(
    'PKCS11_LOI',
    `Lỗi khi ${doing}: ${error instanceof Error ? error.message : String(error)}.`,
  );
}
