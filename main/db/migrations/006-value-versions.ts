// Schema v6: every version of every indicator value (so "what was known at D" is exact even after a
// value was revised), and the plausibility warnings a person confirmed with a value.
//
// The up step backfills the versions from what an older file has (shared/rules/plausibility.ts and
// main/services/indicatorValues.ts describe how they are read):
//   - each audit row of a value write (entity 'indicator', action 'set', before/after with `period`) is a
//     version recorded at the audit's time: `after.value`, or a clearing (NULL) when `after` is null;
//   - a value the first audit row found already there (`before` not null) is a version recorded when the
//     value row says it was entered (entered_at), or at that audit row when the row is gone;
//   - a stored value with no audit row at all is a version recorded at its entered_at (what older
//     versions of TienDo showed for past dates), and one whose last version differs (a write that left no
//     audit row) gets a version at its updated_at;
//   - a value whose row is gone but whose last version still holds a number gets a clearing version at
//     that last version's time (when it was removed is not known; from then on it is not counted).
// Note and evidence of a backfilled version come from the next audit row's `before` (which carries them)
// or from the stored row. The warnings of the stored values are computed once (every rule but the paste
// ambiguity, which needs the pasted text), so that a value such as 1.234,5% already in the file is listed
// for review before the next report is signed.
import { parsePeriod } from '../../../shared/rules/periods';
import { todayIso } from '../../../shared/dates';
import { plausibilityWarnings, previousPeriodKey } from '../../../shared/rules/plausibility';
import type { Db } from '../open';

export const sql = `
-- Append-only: a row is never updated or deleted (the triggers refuse it), so a past date can always be
-- answered with what was known then. value NULL records that the value was cleared.
CREATE TABLE indicator_value_version (
  seq          INTEGER PRIMARY KEY,
  indicator_id TEXT NOT NULL REFERENCES indicator (id),
  period       TEXT NOT NULL,
  period_end   TEXT NOT NULL,
  value        REAL,
  note         TEXT NOT NULL DEFAULT '',
  evidence     TEXT NOT NULL DEFAULT '',
  warnings     TEXT NOT NULL DEFAULT '[]',   -- JSON: the plausibility warnings confirmed with this version
  recorded_at  TEXT NOT NULL,                -- ISO instant from which TienDo knew this version
  actor        TEXT NOT NULL,
  source       TEXT NOT NULL CHECK (source IN ('write', 'backfill'))
) STRICT;
CREATE INDEX indicator_value_version_known ON indicator_value_version (indicator_id, period_end, period, recorded_at);
CREATE INDEX indicator_value_version_recorded ON indicator_value_version (recorded_at);
CREATE TRIGGER indicator_value_version_no_update BEFORE UPDATE ON indicator_value_version
BEGIN SELECT RAISE(ABORT, 'indicator_value_version is append-only'); END;
CREATE TRIGGER indicator_value_version_no_delete BEFORE DELETE ON indicator_value_version
BEGIN SELECT RAISE(ABORT, 'indicator_value_version is append-only'); END;

-- The warnings of the current value (JSON array; shared/rules/plausibility.ts), shown on the cell and
-- listed before a report is signed.
ALTER TABLE indicator_value ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]';
`;

interface AuditRow {
  at: string;
  actor: string;
  indicator_id: string;
  before: string | null;
  after: string | null;
}

interface ValueRow {
  indicator_id: string;
  period: string;
  value: number;
  note: string;
  evidence: string;
  entered_at: string;
  updated_at: string;
}

interface Snapshot {
  period?: unknown;
  value?: unknown;
  note?: unknown;
  evidence?: unknown;
}

interface Version {
  value: number | null;
  note: string;
  evidence: string;
  recordedAt: string;
  actor: string;
}

const BACKFILL_ACTOR = 'Nâng cấp dữ liệu';

function snapshot(json: string | null): Snapshot | null {
  if (!json) return null;
  try {
    const parsed = JSON.parse(json) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Snapshot) : null;
  } catch {
    return null;
  }
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function up(db: Db): void {
  const stored = new Map<string, ValueRow>();
  for (const r of db
    .prepare(
      'SELECT indicator_id, period, value, note, evidence, entered_at, updated_at FROM indicator_value',
    )
    .all() as ValueRow[])
    stored.set(`${r.indicator_id}|${r.period}`, r);

  // Versions of each (indicator, period), oldest first, from the audit trail.
  const versions = new Map<string, Version[]>();
  const audits = db
    .prepare(
      `SELECT at, actor, entity_id AS indicator_id, before, after FROM audit
       WHERE entity = 'indicator' AND action = 'set' ORDER BY seq`,
    )
    .all() as AuditRow[];
  for (const a of audits) {
    const before = snapshot(a.before);
    const after = snapshot(a.after);
    const period = text(after?.period) || text(before?.period);
    if (!period || !parsePeriod(period)) continue; // a target change, not a value
    const key = `${a.indicator_id}|${period}`;
    let list = versions.get(key);
    if (!list) {
      list = [];
      versions.set(key, list);
      const was = num(before?.value);
      if (was !== null) {
        const row = stored.get(key);
        list.push({
          value: was,
          note: text(before?.note),
          evidence: text(before?.evidence),
          recordedAt: row && row.entered_at <= a.at ? row.entered_at : a.at,
          actor: BACKFILL_ACTOR,
        });
      }
    } else if (before) {
      // The audit row of a change carries the note and evidence the previous version had.
      const last = list[list.length - 1]!;
      last.note = text(before.note) || last.note;
      last.evidence = text(before.evidence) || last.evidence;
    }
    list.push({
      value: after ? num(after.value) : null,
      note: '',
      evidence: '',
      recordedAt: a.at,
      actor: a.actor,
    });
  }

  for (const [key, row] of stored) {
    const list = versions.get(key) ?? [];
    versions.set(key, list);
    const last = list[list.length - 1];
    if (!last) {
      list.push({
        value: row.value,
        note: row.note,
        evidence: row.evidence,
        recordedAt: row.entered_at,
        actor: BACKFILL_ACTOR,
      });
    } else if (last.value !== row.value) {
      const at = row.updated_at > last.recordedAt ? row.updated_at : last.recordedAt;
      list.push({
        value: row.value,
        note: row.note,
        evidence: row.evidence,
        recordedAt: at,
        actor: BACKFILL_ACTOR,
      });
    } else {
      last.note = row.note;
      last.evidence = row.evidence;
    }
  }
  for (const [key, list] of versions) {
    const last = list[list.length - 1];
    if (!stored.has(key) && last && last.value !== null)
      list.push({ value: null, note: '', evidence: '', recordedAt: last.recordedAt, actor: BACKFILL_ACTOR });
  }

  const insert = db.prepare(
    `INSERT INTO indicator_value_version (indicator_id, period, period_end, value, note, evidence, warnings, recorded_at, actor, source)
     VALUES (?, ?, ?, ?, ?, ?, '[]', ?, ?, 'backfill')`,
  );
  const exists = db.prepare('SELECT 1 FROM indicator WHERE id = ?');
  for (const [key, list] of versions) {
    const [indicatorId, period] = key.split('|') as [string, string];
    if (!exists.get(indicatorId)) continue; // an audit row of a record no longer in the file
    const periodEnd = parsePeriod(period)!.to;
    for (const v of list)
      insert.run(indicatorId, period, periodEnd, v.value, v.note, v.evidence, v.recordedAt, v.actor);
  }

  // Warnings of the stored values (all but the paste ambiguity, which needs the text as it was pasted).
  const units = new Map(
    (db.prepare('SELECT id, unit FROM indicator').all() as { id: string; unit: string }[]).map((r) => [
      r.id,
      r.unit,
    ]),
  );
  const today = todayIso(new Date());
  const setWarnings = db.prepare(
    'UPDATE indicator_value SET warnings = ? WHERE indicator_id = ? AND period = ?',
  );
  for (const row of stored.values()) {
    const previousPeriod = previousPeriodKey(row.period);
    const previous = previousPeriod
      ? (stored.get(`${row.indicator_id}|${previousPeriod}`)?.value ?? null)
      : null;
    const warnings = plausibilityWarnings(
      { value: row.value, unit: units.get(row.indicator_id) ?? '', period: row.period, previous },
      today,
    );
    if (warnings.length > 0) setWarnings.run(JSON.stringify(warnings), row.indicator_id, row.period);
  }
}
