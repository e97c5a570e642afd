// AppError.details reaches the screen as a field list only when it is one (checked with zod, not cast).
import { describe, expect, it } from 'vitest';
import { AppError, fieldProblems } from '../../../main/errors';

describe('fieldProblems', () => {
  it('returns the field list of a validation or uniqueness error', () => {
    const list = [{ path: 'code', message: 'Mã đã có.' }];
    expect(fieldProblems(new AppError('TRUNG_MA', 'Mã đã có.', list))).toEqual(list);
  });

  it('ignores details that are not a field list (SMTP codes, damaged-file reports, malformed lists)', () => {
    expect(fieldProblems(new AppError('SMTP_LOI', 'x', { smtpCode: 'EAUTH' }))).toBeUndefined();
    expect(fieldProblems(new AppError('CSDL_HONG', 'x', 'page 3: bad'))).toBeUndefined();
    expect(fieldProblems(new AppError('X', 'x', [{ path: 1, message: 'số' }]))).toBeUndefined();
    expect(fieldProblems(new AppError('X', 'x', [{ path: 'a' }]))).toBeUndefined();
    expect(fieldProblems(new AppError('X', 'x'))).toBeUndefined();
  });
});
