// The data check: records that break a rule added after they were written (duplicate codes and meeting
// numbers in files from before schema 4, inconsistent tasks, a completion date that has not come yet),
// found live each time, each with a fix the person confirms. Fixes are applied by the renderer through
// the normal update methods, so they are validated and audited like any other change; once a rule has no
// duplicates left its unique index is created (createPendingIndexes), so the problem cannot come back.
import type { DataFix, DataProblem, DataProblems } from '../../shared/api/types';
import { TASK_STATE_LABELS } from '../../shared/domain';
import { formatDate } from '../../shared/format/vi';
import { describeTaskProblem, proposeConsistentFields } from '../../shared/rules/taskConsistency';
import { findInconsistentTasks } from '../db/inconsistentTasks';
import { clashGroups, createPendingIndexes, pendingRules, type UniqueRule } from '../db/uniqueRules';
import type { ServiceContext } from './context';
import { all, oneRow, sql, sqlIdentifier, type SqlFragment } from '../db/sql';

interface Described {
  label: string;
  /** Where the code lives: codes are proposed free within it. */
  scope: string;
  code: string;
  planId: string | null;
}

const shorten = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A record of a code rule in words, and the scope its code must be unique in. */
function describe(ctx: ServiceContext, entity: UniqueRule['entity'], id: string): Described {
  switch (entity) {
    case 'task': {
      const r = oneRow<{ code: string; title: string; plan_id: string; plan_code: string }>(
        ctx,
        sql`SELECT t.code, t.title, t.plan_id, p.code AS plan_code FROM task t JOIN plan p ON p.id = t.plan_id WHERE t.id = ${id}`,
      );
      return {
        label: `Nhiệm vụ ${r.code} «${shorten(r.title)}» (kế hoạch ${r.plan_code})`,
        scope: r.plan_id,
        code: r.code,
        planId: r.plan_id,
      };
    }
    case 'indicator': {
      const r = oneRow<{ code: string; name: string; plan_id: string | null; plan_code: string | null }>(
        ctx,
        sql`SELECT i.code, i.name, i.plan_id, p.code AS plan_code FROM indicator i LEFT JOIN plan p ON p.id = i.plan_id WHERE i.id = ${id}`,
      );
      return {
        label: `Chỉ tiêu ${r.code} «${shorten(r.name)}»${r.plan_code ? ` (kế hoạch ${r.plan_code})` : ''}`,
        scope: r.plan_id ?? '',
        code: r.code,
        planId: r.plan_id,
      };
    }
    case 'agency':
    case 'pillar': {
      const r = oneRow<{
        code: string;
        name: string;
      }>(ctx, sql`SELECT code, name FROM ${sqlIdentifier(entity)} WHERE id = ${id}`);
      return {
        label: `${entity === 'agency' ? 'Cơ quan' : 'Trụ cột'} ${r.code} «${r.name}»`,
        scope: '',
        code: r.code,
        planId: null,
      };
    }
    case 'meeting': {
      const r = oneRow<{
        number: number;
        held_on: string;
        title: string;
      }>(ctx, sql`SELECT number, held_on, title FROM meeting WHERE id = ${id}`);
      return {
        label: `Phiên họp số ${r.number} ngày ${formatDate(r.held_on)}${r.title ? ` «${shorten(r.title)}»` : ''}`,
        scope: r.held_on.slice(0, 4),
        code: String(r.number),
        planId: null,
      };
    }
  }
}

/** Codes already used in a scope (ASCII case folded, as COLLATE NOCASE compares them). */
function usedCodes(ctx: ServiceContext, entity: UniqueRule['entity'], scope: string): Set<string> {
  const used: Record<UniqueRule['entity'], SqlFragment> = {
    task: sql`SELECT lower(code) AS c FROM task WHERE plan_id = ${scope} AND archived_at IS NULL`,
    indicator: sql`SELECT lower(code) AS c FROM indicator WHERE COALESCE(plan_id, '') = ${scope} AND archived_at IS NULL`,
    agency: sql`SELECT lower(code) AS c FROM agency WHERE ${scope} = '' AND archived_at IS NULL`,
    pillar: sql`SELECT lower(code) AS c FROM pillar WHERE ${scope} = '' AND archived_at IS NULL`,
    meeting: sql`SELECT CAST(number AS TEXT) AS c FROM meeting WHERE substr(held_on, 1, 4) = ${scope} AND archived_at IS NULL`,
  };
  return new Set(all<{ c: string }>(ctx, used[entity]).map((r) => r.c));
}

const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** "ATTT.01" -> "ATTT.01-2" (or -3, ... when taken), within the 50 characters a code may have. */
function freeCode(code: string, used: Set<string>): string {
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${code.slice(0, 50 - suffix.length)}${suffix}`;
    if (!used.has(asciiLower(candidate))) {
      used.add(asciiLower(candidate));
      return candidate;
    }
  }
}

function freeNumber(used: Set<string>): number {
  const next = Math.max(0, ...[...used].map(Number)) + 1;
  used.add(String(next));
  return next;
}

function foundAtOf(ctx: ServiceContext): Map<string, string> {
  const rows = all<{
    kind: string;
    entity: string;
    entity_id: string;
    found_at: string;
  }>(ctx, sql`SELECT kind, entity, entity_id, found_at FROM data_problem`);
  return new Map(rows.map((r) => [`${r.kind}:${r.entity}:${r.entity_id}`, r.found_at]));
}

function duplicateProblems(
  ctx: ServiceContext,
  rule: UniqueRule,
  foundAt: Map<string, string>,
): DataProblem[] {
  const out: DataProblem[] = [];
  const used = new Map<string, Set<string>>();
  for (const [first, ...later] of clashGroups(ctx.db, rule)) {
    const kept = describe(ctx, rule.entity, first!.id);
    for (const m of later) {
      const d = describe(ctx, rule.entity, m.id);
      const scopeUsed = used.get(d.scope) ?? usedCodes(ctx, rule.entity, d.scope);
      used.set(d.scope, scopeUsed);
      const entity = rule.entity;
      const meeting = entity === 'meeting';
      const kind = meeting ? 'duplicate_meeting_number' : 'duplicate_code';
      let fix: DataFix;
      let fixText: string;
      if (entity === 'meeting') {
        const number = freeNumber(scopeUsed);
        fix = { kind: 'renumber', id: m.id, number };
        fixText = `Đổi số phiên họp thành ${number}`;
      } else {
        const code = freeCode(d.code, scopeUsed);
        fix = { kind: 'rename', entity, id: m.id, code };
        fixText = `Đổi mã thành ${code}`;
      }
      out.push({
        key: `${kind}:${rule.entity}:${m.id}`,
        kind,
        entity: rule.entity,
        entityId: m.id,
        label: d.label,
        message: meeting
          ? `Số ${d.code} trùng với ${kept.label.charAt(0).toLowerCase()}${kept.label.slice(1)} (số phiên họp bắt đầu lại mỗi năm, không trùng trong một năm).`
          : `Mã ${d.code} trùng với ${kept.label.charAt(0).toLowerCase()}${kept.label.slice(1)} (${rule.description.toLowerCase()}).`,
        fixText,
        fix,
        planId: d.planId,
        foundAt: foundAt.get(`${kind}:${rule.entity}:${m.id}`) ?? null,
      });
    }
  }
  return out;
}

function taskFixText(patch: Extract<DataFix, { kind: 'taskFields' }>['patch']): string {
  const parts: string[] = [];
  if (patch.state) parts.push(`đặt trạng thái «${TASK_STATE_LABELS[patch.state]}»`);
  if (patch.progress !== undefined) parts.push(`đặt tiến độ ${patch.progress}%`);
  if (patch.completedOn === null) parts.push('xóa ngày hoàn thành');
  else if (patch.completedOn) parts.push(`đặt ngày hoàn thành ${formatDate(patch.completedOn)}`);
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function inconsistentProblems(ctx: ServiceContext, foundAt: Map<string, string>): DataProblem[] {
  const today = ctx.today();
  return findInconsistentTasks(ctx.db, today).map((t) => {
    const d = describe(ctx, 'task', t.id);
    const patch = proposeConsistentFields(t.task, today);
    const fix: DataFix | null =
      patch && Object.keys(patch).length > 0 ? { kind: 'taskFields', id: t.id, patch } : null;
    const key = `inconsistent_task:task:${t.id}`;
    return {
      key,
      kind: 'inconsistent_task' as const,
      entity: 'task' as const,
      entityId: t.id,
      label: d.label,
      message: t.codes.map((code) => describeTaskProblem(code, t.task, today).message).join(' '),
      fixText: fix && fix.kind === 'taskFields' ? taskFixText(fix.patch) : null,
      fix,
      planId: d.planId,
      foundAt: foundAt.get(key) ?? null,
    };
  });
}

/**
 * Every open data problem with its proposed fix, and the constraints still waiting for them. First
 * creates the pending unique indexes whose duplicates are gone (a schema change, not a data change:
 * the person's fixes were already audited), so the rule holds from the moment the last one is fixed.
 */
export function listDataProblems(ctx: ServiceContext): DataProblems {
  createPendingIndexes(ctx.db);
  const foundAt = foundAtOf(ctx);
  const pending = pendingRules(ctx.db);
  return {
    problems: [
      ...pending.flatMap((rule) => duplicateProblems(ctx, rule, foundAt)),
      ...inconsistentProblems(ctx, foundAt),
    ],
    pendingConstraints: pending.map((r) => r.description),
  };
}
