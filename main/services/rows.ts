import { AppError } from '../errors';
import type { ServiceContext } from './context';

/** Loads one row by id or fails with a message naming the kind of record. */
export function mustGet<T>(row: T | undefined, what: string): T {
  if (!row)
    throw new AppError(
      'KHONG_TIM_THAY',
      `Không tìm thấy ${what}. Có thể bản ghi đã bị xóa hoặc lưu trữ; hãy tải lại trang.`,
    );
  return row;
}

/** Checks that a referenced record exists and is not archived, with a message for the field. */
export function assertActive(
  ctx: ServiceContext,
  table: 'agency' | 'pillar' | 'plan' | 'meeting',
  id: string | null | undefined,
  label: string,
): void {
  if (!id) return;
  // The table name comes from the closed union above, never from input.
  const row = ctx.prepare(`SELECT archived_at FROM ${table} WHERE id = ?`).get(id) as
    { archived_at: string | null } | undefined;
  if (!row) throw new AppError('THAM_CHIEU_SAI', `${label}: không tồn tại.`);
  if (row.archived_at) throw new AppError('THAM_CHIEU_SAI', `${label}: đã được lưu trữ, hãy chọn mục khác.`);
}

/** Turns a unique-constraint failure into a message saying which code is taken. */
export function explainConstraint(error: unknown, what: string, code: string): never {
  if (error instanceof Error && /UNIQUE constraint failed/.test(error.message)) {
    throw new AppError('TRUNG_MA', `Mã "${code}" đã có ${what} khác dùng. Hãy chọn mã khác.`);
  }
  throw error;
}

/** The fields a patch really sets: an omitted field (undefined) keeps the stored value when merged. */
export function stripUndefined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
