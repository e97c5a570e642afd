// Whose file this is: a centre's file has its one centre_identity row (tiendo centre init); every other
// file is a province's. Province commands refuse a centre's file and centre commands a province's, each
// saying what the file is and what to run instead.
import { AppError } from '../../errors';
import type { ServiceContext } from '../context';
import { one, sql } from '../../db/sql';

export type FileRole = 'province' | 'centre';

function hasTable(ctx: ServiceContext, name: string): boolean {
  return !!ctx.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
}

/** The centre's name when this is a centre's file, else null (an older file, read-only, has no table). */
export function centreName(ctx: ServiceContext): string | null {
  if (!hasTable(ctx, 'centre_identity')) return null;
  const row = one<{ name: string }>(ctx, sql`SELECT name FROM centre_identity WHERE id = 1`);
  return row?.name ?? null;
}

export const fileRole = (ctx: ServiceContext): FileRole => (centreName(ctx) === null ? 'province' : 'centre');

/** Refuses a file of the other role, naming what it is and what the command needs. */
export function requireRole(ctx: ServiceContext, role: FileRole, file: string, what: string): void {
  const centre = centreName(ctx);
  if (role === 'province' && centre !== null)
    throw new AppError(
      'TEP_CUA_TRUNG_UONG',
      `Tệp "${file}" là tệp tiếp nhận báo cáo của Trung ương (${centre}), không phải tệp dữ liệu của một tỉnh, nên không ${what} trên tệp này. Hãy dùng tệp dữ liệu của tỉnh, hoặc các lệnh "tiendo centre …" cho tệp này.`,
    );
  if (role === 'centre' && centre === null)
    throw new AppError(
      'KHONG_PHAI_TEP_TRUNG_UONG',
      `Tệp "${file}" là tệp dữ liệu của một tỉnh, không phải tệp tiếp nhận báo cáo của Trung ương, nên không ${what} trên tệp này. Tệp của Trung ương được tạo bằng: tiendo centre init --db TỆP --name "Tên cơ quan".`,
    );
}
