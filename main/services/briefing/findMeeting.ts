// Finds the meeting a person means: its id, or its number ("phiên họp thứ 2"). Numbers restart each year,
// so a number shared by several live meetings is refused with the candidates listed, never guessed.
import { formatDate } from '../../../shared/format/vi';
import { AppError } from '../../errors';
import type { ServiceContext } from '../context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function findMeetingId(ctx: ServiceContext, ref: string): string {
  const wanted = ref.trim();
  if (UUID.test(wanted)) {
    const row = ctx.db.prepare('SELECT id FROM meeting WHERE id = ?').get(wanted.toLowerCase()) as
      { id: string } | undefined;
    if (!row) throw new AppError('KHONG_TIM_THAY', `Không có phiên họp mã "${wanted}".`);
    return row.id;
  }
  if (!/^\d{1,5}$/.test(wanted))
    throw new AppError('DU_LIEU_KHONG_HOP_LE', `"${wanted}" không phải số phiên họp hay mã phiên họp.`);
  const rows = ctx.db
    .prepare('SELECT id, held_on FROM meeting WHERE number = ? AND archived_at IS NULL ORDER BY held_on')
    .all(Number(wanted)) as { id: string; held_on: string }[];
  if (rows.length === 0) throw new AppError('KHONG_TIM_THAY', `Không có phiên họp số ${wanted}.`);
  if (rows.length > 1) {
    const list = rows.map((r) => `${formatDate(r.held_on)}: ${r.id}`).join('; ');
    throw new AppError(
      'NHIEU_KET_QUA',
      `Có ${rows.length} phiên họp số ${wanted} (${list}); hãy dùng mã phiên họp.`,
    );
  }
  return rows[0]!.id;
}
