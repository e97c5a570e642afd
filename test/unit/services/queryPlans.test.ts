// Every filter the UI offers must be served by an index: checked with EXPLAIN QUERY PLAN.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqlFragment } from '../../../main/db/sql';
import { listQueries } from '../../../main/services/tasks';
import { wholeTaskList } from '../../../main/services/taskListFilter';
import type { ParsedInput } from '../../../shared/api/contract';
import { openTestStore, type TestStore } from '../../helpers/store';

let store: TestStore;
beforeEach(async () => {
  store = await openTestStore();
  store.ctx.db.exec('ANALYZE');
});
afterEach(() => store.close());

function plan(sql: string, params: Record<string, unknown> = {}): string {
  const rows = store.ctx.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

const ID = '00000000-0000-4000-8000-000000000000';

describe('query plans use indexes for every list filter', () => {
  it.each([
    [
      'tasks of a plan',
      'SELECT id FROM task t WHERE t.plan_id = @id AND t.archived_at IS NULL',
      /USING INDEX task_(plan|code_unique)/,
    ],
    [
      'tasks of a plan by due range',
      "SELECT id FROM task t WHERE t.plan_id = @id AND t.due_date >= '2025-01-01' AND t.due_date <= '2025-03-01'",
      /USING INDEX task_plan_(due|state)/,
    ],
    ['tasks by pillar', 'SELECT id FROM task t WHERE t.pillar_id = @id', /USING INDEX task_pillar/],
    [
      'tasks by lead agency',
      'SELECT id FROM task t WHERE t.lead_agency_id = @id',
      /USING INDEX task_lead_agency/,
    ],
    // The "none" value of the task list's pillar and agency filters (tasks.list pillarId: 'none').
    ['tasks without a pillar', 'SELECT id FROM task t WHERE t.pillar_id IS NULL', /USING INDEX task_pillar/],
    [
      'tasks without a lead agency',
      'SELECT id FROM task t WHERE t.lead_agency_id IS NULL',
      /USING INDEX task_lead_agency/,
    ],
    [
      'tasks of a plan without a pillar',
      'SELECT id FROM task t WHERE t.archived_at IS NULL AND t.plan_id = @id AND t.pillar_id IS NULL',
      /USING (COVERING )?INDEX task_(plan_groups|pillar)/,
    ],
    [
      'tasks of a plan without a lead agency',
      'SELECT id FROM task t WHERE t.archived_at IS NULL AND t.plan_id = @id AND t.lead_agency_id IS NULL',
      /USING (COVERING )?INDEX task_(plan_groups|lead_agency)/,
    ],
    [
      'tasks from a conclusion',
      'SELECT id FROM task t WHERE t.conclusion_id = @id',
      /USING INDEX task_conclusion/,
    ],
    [
      'indicators of a plan',
      'SELECT id FROM indicator i WHERE i.plan_id = @id',
      /USING INDEX indicator_plan/,
    ],
    [
      'indicators by agency',
      'SELECT id FROM indicator i WHERE i.lead_agency_id = @id',
      /USING INDEX indicator_lead_agency/,
    ],
    [
      'values of an indicator',
      'SELECT value FROM indicator_value WHERE indicator_id = @id ORDER BY period_end DESC',
      /USING INDEX indicator_value_end|sqlite_autoindex_indicator_value/,
    ],
    [
      'versions of an indicator known at a date',
      "SELECT value FROM indicator_value_version WHERE indicator_id = @id AND period_end BETWEEN '2024-12-15' AND '2025-12-14' AND recorded_at < '2025-10-01'",
      /USING INDEX indicator_value_version_known/,
    ],
    [
      'value versions recorded since a date (briefing)',
      "SELECT indicator_id FROM indicator_value_version WHERE recorded_at >= '2025-09-01' AND recorded_at < '2025-10-01'",
      /USING (COVERING )?INDEX indicator_value_version_recorded/,
    ],
    [
      'targets of an indicator',
      'SELECT target FROM indicator_target WHERE indicator_id = @id AND year = 2025',
      /USING INDEX sqlite_autoindex_indicator_target/,
    ],
    [
      'history of a record',
      "SELECT seq FROM audit WHERE entity = 'task' AND entity_id = @id ORDER BY seq DESC",
      /USING (COVERING )?INDEX audit_entity/,
    ],
    [
      'conclusions of a meeting',
      'SELECT id FROM conclusion WHERE meeting_id = @id ORDER BY seq',
      /USING INDEX conclusion_meeting/,
    ],
    [
      'supporting roles of an agency',
      'SELECT task_id FROM task_supporting_agency WHERE agency_id = @id',
      /USING (COVERING )?INDEX task_supporting_agency_agency/,
    ],
    // The uniqueness checks the services make before every create and every change of a code or number.
    [
      'a task code in its plan',
      "SELECT t.title FROM task t WHERE t.plan_id = @id AND t.code = 'X' COLLATE NOCASE AND t.archived_at IS NULL AND t.id <> ''",
      /USING INDEX task_code_unique/,
    ],
    [
      'an indicator code in its plan',
      "SELECT i.name FROM indicator i WHERE COALESCE(i.plan_id, '') = @id AND i.code = 'X' COLLATE NOCASE AND i.archived_at IS NULL AND i.id <> ''",
      /USING INDEX indicator_code_unique/,
    ],
    [
      'a meeting number in its year',
      "SELECT held_on FROM meeting WHERE substr(held_on, 1, 4) = '2025' AND number = 4 AND archived_at IS NULL AND id <> ''",
      /USING INDEX meeting_number_year/,
    ],
    [
      'an agency code',
      "SELECT id FROM agency WHERE code = 'X' COLLATE NOCASE AND archived_at IS NULL AND id <> ''",
      /USING INDEX agency_code_nocase/,
    ],
    [
      'a pillar code',
      "SELECT id FROM pillar WHERE code = 'X' COLLATE NOCASE AND archived_at IS NULL AND id <> ''",
      /USING INDEX pillar_code_nocase/,
    ],
    [
      'due outbox mail',
      "SELECT id FROM outbox WHERE state = 'queued' AND next_attempt_at <= '2025-01-01'",
      /USING (COVERING )?INDEX outbox_due/,
    ],
  ])('%s', (_name, sql, expected) => {
    const detail = plan(sql, { id: ID });
    expect(detail).toMatch(expected);
    expect(detail).not.toMatch(/^SCAN (t|i|task|indicator)\b/m);
  });
});

describe("the task list's own queries use an index for each filter", () => {
  const filter = (f: Partial<ParsedInput<'tasks.list'>>): ParsedInput<'tasks.list'> => ({
    ...wholeTaskList(ID, null),
    sort: 'dueDate',
    limit: 50,
    ...f,
  });
  const explain = (query: SqlFragment) =>
    (store.ctx.db.prepare(`EXPLAIN QUERY PLAN ${query.text}`).all(...query.params) as { detail: string }[])
      .map((r) => r.detail)
      .join('\n');
  it.each<[string, Partial<ParsedInput<'tasks.list'>>, RegExp]>([
    ['a plan', {}, /USING (COVERING )?INDEX task_/],
    ['a pillar', { pillarId: ID }, /USING (COVERING )?INDEX task_(plan_groups|pillar)/],
    ['no pillar', { pillarId: 'none' }, /USING (COVERING )?INDEX task_(plan_groups|pillar)/],
    ['a lead agency', { leadAgencyId: ID }, /USING (COVERING )?INDEX task_(plan_groups|lead_agency)/],
    ['no lead agency', { leadAgencyId: 'none' }, /USING (COVERING )?INDEX task_(plan_groups|lead_agency)/],
    [
      'the late tasks (a due range)',
      { situations: ['qua_han'] },
      /USING (COVERING )?INDEX task_plan_(due|state)/,
    ],
    [
      'a due range',
      { dueFrom: '2025-01-01', dueTo: '2025-03-31' },
      /USING (COVERING )?INDEX task_plan_(due|state)/,
    ],
  ])('%s', (_name, f, expected) => {
    const { page, count } = listQueries(store.ctx, filter(f));
    for (const query of [page, count]) {
      const detail = explain(query);
      expect(detail).toMatch(expected);
      expect(detail).not.toMatch(/^SCAN t\b/m);
    }
  });
});
