// A new centre file: its name (what every receipt and consolidated workbook is issued by), the 34
// provinces it expects reports from. Only an empty file becomes a centre's: a province's data never mixes
// with what the centre receives.
import type { CentreInfo, TrustedSignerEntry } from '../../../shared/api/types';
import { appError } from '../../errors';
import { parseCertificate } from '../../excel/signature';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { addTrustedCertificate } from '../trust';
import { DEFAULT_PROVINCES, provinceKey } from './provinces';
import { centreName } from './role';
import { certificatesOf } from './verdict';
import { centreProvinces } from './status';
import { one, oneRow, sql } from '../../db/sql';

export function initCentre(ctx: ServiceContext, name: string): CentreInfo {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (!clean) throw appError('THIEU_TEN_TRUNG_UONG', {});
  return inTransaction(ctx, () => {
    const existing = centreName(ctx);
    if (existing) throw appError('DA_LA_TRUNG_UONG', { centre: existing });
    const data = oneRow<{ n: number }>(
      ctx,
      sql`SELECT (SELECT COUNT(*) FROM plan) + (SELECT COUNT(*) FROM agency) + (SELECT COUNT(*) FROM submission) AS n`,
    );
    if (data.n > 0) throw appError('TEP_CO_DU_LIEU_TINH', {});
    const now = ctx.now().toISOString();
    ctx
      .prepare('INSERT INTO centre_identity (id, name, created_at, created_by) VALUES (1, ?, ?, ?)')
      .run(clean, now, ctx.actor());
    const insert = ctx.prepare('INSERT INTO centre_province (key, name, sort_order) VALUES (?, ?, ?)');
    DEFAULT_PROVINCES.forEach((p, i) => insert.run(provinceKey(p), p, i + 1));
    recordAudit(ctx, 'centre', 'centre', 'create', null, {
      name: clean,
      provinces: DEFAULT_PROVINCES.length,
    });
    return centreInfo(ctx);
  });
}

export function centreInfo(ctx: ServiceContext): CentreInfo {
  const name = centreName(ctx);
  return { name, provinces: name ? centreProvinces(ctx).map((p) => p.name) : [] };
}

/**
 * "Tin cậy người ký này" from a received file: its signer's certificate goes on the trust list, for the
 * province the file names unless told otherwise, once the fingerprint the person read matches.
 */
export function trustReceivedSigner(
  ctx: ServiceContext,
  input: { receivedId: string; name: string; province?: string | null; fingerprint: string },
): TrustedSignerEntry {
  const row = one<{ certificates: string; province: string }>(
    ctx,
    sql`SELECT certificates, province FROM received_file WHERE id = ${input.receivedId}`,
  );
  if (!row) throw appError('KHONG_TIM_THAY_TEP_TIEP_NHAN', {});
  const [leaf] = certificatesOf(row.certificates);
  if (!leaf) throw appError('TEP_TIEP_NHAN_MAT_CHUNG_THU', {});
  return addTrustedCertificate(ctx, parseCertificate(leaf.raw), {
    name: input.name,
    province: input.province === undefined ? row.province : input.province,
    fingerprint: input.fingerprint,
    source: 'report',
  });
}
