// The centre's table for a period: each expected province (and any other that sent a report), whether its
// report came, which version counts (the newest whose signer is trusted; the newest at all when none is),
// on time or late against the period's deadline, the verdict as the trust list says now, who signed, when.
import type { CentreStatus, CentreStatusRow, ReceivedFile, ReceivedRefusal } from '../../../shared/api/types';
import { todayIso } from '../../../shared/dates';
import { parsePeriod } from '../../../shared/rules/periods';
import { describeX509, groupFingerprint, type TrustStore } from '../../excel/signature';
import { appError } from '../../errors';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { loadTrustStore } from '../trust';
import { provinceKey } from './provinces';
import { certificatesOf, storedVerdict } from './verdict';
import { all, one, sql } from '../../db/sql';

export interface ReceivedRow {
  id: string;
  sha256: string;
  file_name: string;
  size: number;
  received_at: string;
  arrived_at: string;
  via: 'file' | 'eml';
  mail_from: string | null;
  document: 'report' | 'briefing' | 'notice';
  province: string;
  province_key: string;
  period: string | null;
  doc_number: string;
  title: string;
  certificates: string;
  signing_time: string;
  receipts: number;
}

export const RECEIVED_COLUMNS = sql`f.id, f.sha256, f.file_name, f.size, f.received_at, f.arrived_at, f.via, f.mail_from, f.document,
  f.province, f.province_key, f.period, f.doc_number, f.title, f.certificates, f.signing_time,
  (SELECT COUNT(*) FROM receipt_issued r WHERE r.received_id = f.id) AS receipts`;

function label(row: ReceivedRow): string {
  if (row.document === 'report') {
    const p = row.period ? parsePeriod(row.period) : null;
    return `Báo cáo ${p?.label ?? row.period ?? ''}`.trim();
  }
  return row.title;
}

/** Newest first by signing time (then by arrival): the order versions are numbered in, oldest = 1. */
const newestFirst = (a: ReceivedRow, b: ReceivedRow) =>
  b.signing_time.localeCompare(a.signing_time) || b.received_at.localeCompare(a.received_at);

export function toReceivedFile(row: ReceivedRow, store: TrustStore, version: number): ReceivedFile {
  const [leaf] = certificatesOf(row.certificates);
  const signer = describeX509(leaf!);
  const v = storedVerdict(store, {
    certificates: row.certificates,
    signingTime: row.signing_time,
    province: row.province,
  });
  return {
    ...v,
    id: row.id,
    fileName: row.file_name,
    sha256: row.sha256,
    size: row.size,
    receivedAt: row.received_at,
    arrivedAt: row.arrived_at,
    via: row.via,
    mailFrom: row.mail_from,
    document: row.document,
    documentLabel: label(row),
    province: row.province,
    period: row.period,
    docNumber: row.doc_number,
    title: row.title,
    signer,
    fingerprint: groupFingerprint(signer.fingerprintSha256),
    signingTime: row.signing_time,
    version,
    receipts: row.receipts,
  };
}

/** The files of one period's reports (or of every document with `period` null), with their verdict now. */
export function listReceived(
  ctx: ServiceContext,
  filter: { period: string | null; province: string | null },
): ReceivedFile[] {
  const rows = all<ReceivedRow>(
    ctx,
    sql`SELECT ${RECEIVED_COLUMNS} FROM received_file f
       WHERE (${filter.period} IS NULL OR (f.document = 'report' AND f.period = ${filter.period}))
         AND (${filter.province ? provinceKey(filter.province) : null} IS NULL OR f.province_key = ${filter.province ? provinceKey(filter.province) : null})
       ORDER BY f.received_at DESC`,
  );
  const store = loadTrustStore(ctx);
  // Versions are numbered per province, document and period, oldest signed = 1.
  const groups = new Map<string, ReceivedRow[]>();
  for (const r of rows) {
    const k = `${r.province_key}|${r.document}|${r.period ?? ''}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const versionOf = new Map<string, number>();
  for (const list of groups.values()) {
    const sorted = [...list].sort(newestFirst);
    sorted.forEach((r, i) => versionOf.set(r.id, sorted.length - i));
  }
  return rows.map((r) => toReceivedFile(r, store, versionOf.get(r.id) ?? 1));
}

export function getReceived(ctx: ServiceContext, id: string): { row: ReceivedRow; file: ReceivedFile } {
  const row = one<ReceivedRow>(ctx, sql`SELECT ${RECEIVED_COLUMNS} FROM received_file f WHERE f.id = ${id}`);
  if (!row) throw appError('KHONG_TIM_THAY_TEP_TIEP_NHAN', {});
  const all = listReceived(ctx, {
    period: row.document === 'report' ? row.period : null,
    province: row.province,
  });
  const file = all.find((f) => f.id === id)!;
  return { row, file };
}

/** The bytes of a received file as they arrived (the centre's download). */
export function receivedContent(ctx: ServiceContext, id: string): Buffer {
  const row = one<{ content: Buffer }>(ctx, sql`SELECT content FROM received_file WHERE id = ${id}`);
  if (!row) throw appError('KHONG_TIM_THAY_TEP_TIEP_NHAN', {});
  return row.content;
}

export function deadlineOf(ctx: ServiceContext, period: string): string | null {
  const row = one<{ deadline: string }>(
    ctx,
    sql`SELECT deadline FROM centre_deadline WHERE period = ${period}`,
  );
  return row?.deadline ?? null;
}

export function setDeadline(
  ctx: ServiceContext,
  period: string,
  deadline: string | null,
): { period: string; deadline: string | null } {
  if (!parsePeriod(period)) throw appError('KY_BAO_CAO_TRUNG_UONG_SAI', { period });
  return inTransaction(ctx, () => {
    const before = deadlineOf(ctx, period);
    if (before === deadline) return { period, deadline };
    if (deadline === null) ctx.prepare('DELETE FROM centre_deadline WHERE period = ?').run(period);
    else
      ctx
        .prepare(
          `INSERT INTO centre_deadline (period, deadline, updated_at, updated_by) VALUES (?, ?, ?, ?)
           ON CONFLICT (period) DO UPDATE SET deadline = excluded.deadline, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
        )
        .run(period, deadline, ctx.now().toISOString(), ctx.actor());
    recordAudit(
      ctx,
      'centre_deadline',
      period,
      'set',
      before === null ? null : { deadline: before },
      deadline === null ? null : { deadline },
    );
    return { period, deadline };
  });
}

export function centreProvinces(ctx: ServiceContext): { key: string; name: string }[] {
  return all<{
    key: string;
    name: string;
  }>(ctx, sql`SELECT key, name FROM centre_province ORDER BY sort_order, name`);
}

export function centreStatus(ctx: ServiceContext, period: string): CentreStatus {
  const p = parsePeriod(period);
  if (!p) throw appError('KY_BAO_CAO_TRUNG_UONG_SAI', { period });
  const deadline = deadlineOf(ctx, p.key);
  const files = listReceived(ctx, { period: p.key, province: null });
  const byProvince = new Map<string, ReceivedFile[]>();
  for (const f of files) {
    const k = provinceKey(f.province);
    byProvince.set(k, [...(byProvince.get(k) ?? []), f]);
  }
  const expected = centreProvinces(ctx);
  const others = [...byProvince.keys()]
    .filter((k) => !expected.some((e) => e.key === k))
    .map((k) => ({ key: k, name: byProvince.get(k)![0]!.province }));
  const rows: CentreStatusRow[] = [
    ...expected.map((e) => ({ ...e, expected: true })),
    ...others.map((o) => ({ ...o, expected: false })),
  ].map((prov) => {
    const list = [...(byProvince.get(prov.key) ?? [])].sort(
      (a, b) => b.signingTime.localeCompare(a.signingTime) || b.receivedAt.localeCompare(a.receivedAt),
    );
    const trusted = list.find((f) => f.verdict === 'trusted') ?? null;
    const shown = trusted ?? list[0] ?? null;
    const state: CentreStatusRow['state'] = !shown
      ? 'missing'
      : shown.verdict === 'trusted'
        ? 'received'
        : list.some((f) => f.verdict === 'unconfirmed')
          ? 'unconfirmed'
          : 'invalid';
    const onTime = shown && deadline ? todayIso(new Date(shown.arrivedAt)) <= deadline : null;
    const newerNotTrusted = shown
      ? list.filter((f) => f.verdict !== 'trusted' && f.signingTime > shown.signingTime).length
      : 0;
    return {
      province: prov.name,
      expected: prov.expected,
      state,
      file: shown,
      onTime,
      versions: list.length,
      newerNotTrusted,
    };
  });
  const inList = rows.filter((r) => r.expected);
  return {
    period: p.key,
    periodLabel: p.label,
    deadline,
    rows,
    counts: {
      expected: inList.length,
      received: rows.filter((r) => r.state === 'received').length,
      missing: inList.filter((r) => r.state === 'missing').length,
      late: rows.filter((r) => r.onTime === false).length,
      unconfirmed: rows.filter((r) => r.state === 'unconfirmed').length,
      invalid: rows.filter((r) => r.state === 'invalid').length,
    },
  };
}

export function listRefusals(ctx: ServiceContext, limit: number): ReceivedRefusal[] {
  const rows = all<{
    id: string;
    file_name: string;
    sha256: string;
    size: number;
    via: 'file' | 'eml';
    reason: string;
    received_at: string;
  }>(
    ctx,
    sql`SELECT id, file_name, sha256, size, via, reason, received_at FROM received_refusal ORDER BY received_at DESC LIMIT ${limit}`,
  );
  return rows.map((r) => ({
    id: r.id,
    fileName: r.file_name,
    sha256: r.sha256,
    size: r.size,
    via: r.via,
    reason: r.reason,
    receivedAt: r.received_at,
  }));
}
