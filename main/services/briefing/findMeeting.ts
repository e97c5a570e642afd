// Finds the meeting a person means: its id, its number within a year ("4/2025": phiên họp thứ 4 năm
// 2025), or its number alone. Numbers restart each year and are unique within one (migration 004), so
// "4/2025" names at most one live meeting; a bare "4" held by meetings of several years is refused with
// the candidates listed, never guessed.
import { formatDate } from '../../../shared/format/vi';
import { AppError, appError } from '../../errors';
import type { ServiceContext } from '../context';
import { all, one, sql } from '../../db/sql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUMBER_IN_YEAR = /^(\d{1,5})\s*\/\s*(\d{4})$/;

interface Candidate {
  id: string;
  number: number;
  held_on: string;
}

const candidateText = (r: Candidate) =>
  `${r.number}/${r.held_on.slice(0, 4)} (họp ngày ${formatDate(r.held_on)}, mã ${r.id})`;

export function findMeetingId(ctx: ServiceContext, ref: string): string {
  const wanted = ref.trim();
  if (UUID.test(wanted)) {
    const row = one<{ id: string }>(ctx.db, sql`SELECT id FROM meeting WHERE id = ${wanted.toLowerCase()}`);
    if (!row) throw appError('KHONG_CO_PHIEN_HOP_MA', { code: wanted });
    return row.id;
  }
  const inYear = NUMBER_IN_YEAR.exec(wanted);
  if (!inYear && !/^\d{1,5}$/.test(wanted)) throw appError('PHIEN_HOP_KHONG_RO', { wanted });
  const number = Number(inYear ? inYear[1] : wanted);
  const year = inYear ? inYear[2]! : null;
  const rows = all<Candidate>(
    ctx.db,
    sql`SELECT id, number, held_on FROM meeting
       WHERE number = ${number} AND (${year} IS NULL OR substr(held_on, 1, 4) = ${year}) AND archived_at IS NULL ORDER BY held_on, id`,
  );
  const named = year ? `số ${number} năm ${year}` : `số ${number}`;
  if (rows.length === 0)
    throw year
      ? appError('KHONG_CO_PHIEN_HOP_SO_NAM', { number, year })
      : appError('KHONG_CO_PHIEN_HOP_SO', { number });
  if (rows.length > 1) {
    const list = rows.map(candidateText).join('; ');
    const years = new Set(rows.map((r) => r.held_on.slice(0, 4)));
    const advice =
      years.size > 1
        ? `hãy ghi rõ năm, ví dụ --meeting ${number}/${rows[rows.length - 1]!.held_on.slice(0, 4)}, hoặc dùng mã phiên họp`
        : 'hãy dùng mã phiên họp, và sửa số trùng trong Cài đặt → Kiểm tra dữ liệu';
    throw new AppError(
      'NHIEU_KET_QUA',
      `Có ${rows.length} phiên họp ${named}: ${list}. Để chọn một, ${advice}.`,
    );
  }
  return rows[0]!.id;
}
