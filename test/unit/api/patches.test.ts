// Every change is exactly the one the person made. This test walks the contract: for every method whose
// input carries a patch (every *.update, *Update, and any input with a `patch`), and every field of its
// patch schema (read from the zod schema itself), it creates a fully populated record (every optional
// column set to a non-default value, references to real records), applies a patch of that one field
// through the router, and reads the whole row back from SQLite with an explicit column list, plus its
// child rows: the named column changed, nothing else did. A patch equal to what is stored must write
// nothing at all (no row changed anywhere, no audit row, updated_at unchanged).
//
// A method or field added later is covered without editing this file. If it cannot be covered (no
// fixture for its entity, a field without a column, no value the API accepts), the test fails and says
// what to add; nothing is skipped.
//
// The walk runs twice: against the router in this process, and against the backend in its own child
// process (as the desktop app runs it, test/helpers/childBackend.ts), every call crossing the boundary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Route } from '../../../main/api';
import { saveNotice } from '../../../main/services/briefing/notice';
import { createAgency } from '../../../main/services/agencies';
import { createIndicator, setTarget, setValues } from '../../../main/services/indicators';
import { createConclusion, createMeeting } from '../../../main/services/meetings';
import { createPillar, listPillars, seedPillars } from '../../../main/services/pillars';
import { createPlan } from '../../../main/services/plans';
import { updateSettings } from '../../../main/services/settings';
import { createTask } from '../../../main/services/tasks';
import { contract } from '../../../shared/api/contract';
import { addDays, isValidIsoDate } from '../../../shared/dates';
import { openContractStore, TRANSPORTS, type ContractStore } from '../../helpers/childBackend';

// ---------------------------------------------------------------------------------------------------
// Reading the contract

type Shape = Record<string, z.ZodType>;

interface PatchMethod {
  method: string;
  /** nested: { id, patch }; bulk: { ids, patch }; flat: { id, ...fields }; root: the input is the patch. */
  kind: 'nested' | 'bulk' | 'flat' | 'root';
  fields: Shape;
  /** The whole patch object, checked for defaults. */
  patchSchema: z.ZodType;
  /** Writes nothing by design (a preview): checked to change no row at all. */
  readOnly: boolean;
}

const isPatchName = (name: string) => /\.(update|\w+Update)$/.test(name) || /Preview$/.test(name);

function discover(): { methods: PatchMethod[]; unreadable: string[] } {
  const methods: PatchMethod[] = [];
  const unreadable: string[] = [];
  for (const [method, def] of Object.entries(contract)) {
    const input: z.ZodType = def.input;
    const shape = input instanceof z.ZodObject ? (input.shape as Shape) : null;
    const patch = shape?.patch;
    const readOnly = /Preview$/.test(method);
    if (shape && patch instanceof z.ZodObject) {
      const kind = 'ids' in shape ? 'bulk' : 'id' in shape ? 'nested' : null;
      if (!kind) unreadable.push(`${method}: a patch without id or ids`);
      else methods.push({ method, kind, fields: patch.shape as Shape, patchSchema: patch, readOnly });
    } else if (isPatchName(method)) {
      if (!shape) unreadable.push(`${method}: its input is not an object`);
      else if ('id' in shape) {
        const { id: _id, ...fields } = shape;
        methods.push({ method, kind: 'flat', fields, patchSchema: input, readOnly });
      } else methods.push({ method, kind: 'root', fields: shape, patchSchema: input, readOnly });
    }
  }
  return { methods, unreadable };
}

/** Every schema inside a schema (wrappers, union options, pipe ends, array items, object fields). */
function* walk(schema: z.ZodType): Generator<z.ZodType> {
  yield schema;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
    yield* walk(schema.unwrap() as z.ZodType);
  else if (schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault)
    yield* walk(schema.unwrap() as z.ZodType);
  else if (schema instanceof z.ZodPipe) {
    yield* walk(schema.in as z.ZodType);
    yield* walk(schema.out as z.ZodType);
  } else if (schema instanceof z.ZodUnion) for (const o of schema.options) yield* walk(o as z.ZodType);
  else if (schema instanceof z.ZodArray) yield* walk(schema.element as z.ZodType);
  else if (schema instanceof z.ZodObject)
    for (const f of Object.values(schema.shape as Shape)) yield* walk(f);
}

const hasDefault = (schema: z.ZodType) =>
  [...walk(schema)].some((s) => s instanceof z.ZodDefault || s instanceof z.ZodPrefault);

// ---------------------------------------------------------------------------------------------------
// Values: a different valid value for a field, derived from its schema and its current value

interface World {
  agencies: string[];
  pillars: string[];
  plans: string[];
  meetingId: string;
  conclusionId: string;
}

const shift = (d: string, n: number) => addDays(d, n);

function candidates(schema: z.ZodType, current: unknown, world: World): unknown[] {
  const out: unknown[] = [];
  const pool = [...world.agencies, ...world.pillars, ...world.plans];
  for (const s of walk(schema)) {
    if (s instanceof z.ZodEnum) out.push(...(s.options as unknown[]));
    else if (s instanceof z.ZodLiteral) out.push(...(s.values as Set<unknown>));
    else if (s instanceof z.ZodBoolean) out.push(!current);
    else if (s instanceof z.ZodNumber) {
      const n = typeof current === 'number' ? current : 0;
      out.push(n + 1, n - 1, n / 2, n * 2, 1, 0);
    } else if (s instanceof z.ZodString) {
      if (typeof current === 'string' && isValidIsoDate(current))
        out.push(shift(current, -1), shift(current, 1));
      else if (typeof current === 'string' && current.includes('@')) out.push(`moi.${current}`);
      else if (typeof current === 'string') out.push(`${current} (sửa)`, `${current}-B`);
      else out.push('2025-06-30', 'moi@lamdong.gov.vn', 'Giá trị mới');
      out.push(...pool);
    } else if (s instanceof z.ZodArray) {
      const list = Array.isArray(current) ? (current as unknown[]) : [];
      for (const id of pool) if (!list.includes(id)) out.push([...list, id]);
      if (list.length > 0) out.push(list.slice(1));
    } else if (s instanceof z.ZodObject && current && typeof current === 'object') {
      // A different object: the current one with its first string field changed.
      const shape = s.shape as Shape;
      const base = Object.fromEntries(
        Object.keys(shape)
          .filter((k) => k in current)
          .map((k) => [k, (current as Record<string, unknown>)[k]]),
      );
      for (const [k, f] of Object.entries(shape)) {
        if (typeof base[k] !== 'string') continue;
        for (const v of candidates(f, base[k], world)) out.push({ ...base, [k]: v });
        break;
      }
    }
  }
  if (current !== null) out.push(null);
  return out.filter((v) => schema.safeParse(v).success && JSON.stringify(v) !== JSON.stringify(current));
}

// ---------------------------------------------------------------------------------------------------
// Fixtures: a fully populated record of each entity, how to read it, and how its fields map to columns

type Row = Record<string, unknown>;

interface Fixture {
  table: 'agency' | 'pillar' | 'plan' | 'task' | 'indicator' | 'meeting' | 'conclusion' | 'setting';
  /** Each variant creates one fully populated record and returns its id. Several when no single record
   *  can take a change of every field alone (a done task's progress cannot move; an open task has no
   *  completion date). */
  variants: { name: string; create(): string; nullable?: string[] }[];
  /** The record as the API returns it, for the current value of a field. */
  view(id: string): Promise<Row>;
  columnOf?: Record<string, string>;
  /** Fields stored in a child table, with the query of that table's rows for the record. */
  childOf?: Record<string, string>;
  /** Other child rows that must never change (targets, values, conclusions...). */
  children?: string[];
  /** The current value of a field in the patch's own terms, where the view speaks differently. */
  currentOf?(field: string, view: Row): unknown;
}

let store: ContractStore;
let route: Route;
let world: World;
let n = 0;
const next = () => ++n;

async function call(method: string, input: unknown): Promise<unknown> {
  const r = await route(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value;
}

function buildWorld(): World {
  const ctx = store.ctx;
  seedPillars(ctx);
  const agencies = [1, 2, 3, 4].map(
    (i) =>
      createAgency(ctx, {
        code: `W${i}`,
        name: `Cơ quan thế giới ${i}`,
        shortName: null,
        kind: 'so_ban_nganh',
        email: null,
        validFrom: null,
        validTo: null,
      }).id,
  );
  const pillars = listPillars(ctx, false)
    .slice(0, 2)
    .map((p) => p.id);
  const plans = [1, 2].map(
    (i) =>
      createPlan(ctx, {
        code: `${i}/KH-UBND`,
        title: `Kế hoạch ${i}`,
        yearFrom: 2025,
        yearTo: 2026,
        issuedOn: null,
        issuedBy: null,
        basis: '',
        state: 'dang_thuc_hien',
      }).id,
  );
  const meetingId = createMeeting(ctx, {
    number: 1,
    title: '',
    heldOn: '2025-03-10',
    chair: '',
    mode: 'truc_tiep',
    location: '',
    attendees: '',
    agenda: '',
    noticeNumber: null,
    noticeDate: null,
  }).id;
  const conclusionId = createConclusion(ctx, {
    meetingId,
    text: 'Kết luận của thế giới',
    agencyId: null,
    pillarId: null,
    dueDate: null,
  }).id;
  return { agencies, pillars, plans, meetingId, conclusionId };
}

const [A1, A2, A3] = [0, 1, 2];
const FIXTURES: Record<string, Fixture> = {
  agencies: {
    table: 'agency',
    variants: [
      {
        name: 'agency',
        create() {
          const id = createAgency(store.ctx, {
            code: `CQ${next()}`,
            name: `Sở thử nghiệm ${n}`,
            shortName: `Sở TN ${n}`,
            kind: 'ubnd_xa',
            email: `so${n}@lamdong.gov.vn`,
            validFrom: '2025-01-01',
            validTo: '2030-12-31',
          }).id;
          // successor_id is set only by a merge; set it here so the row has no empty column.
          store.ctx.db.prepare('UPDATE agency SET successor_id = ? WHERE id = ?').run(world.agencies[A1], id);
          return id;
        },
      },
    ],
    view: async (id) =>
      ((await call('agencies.list', { includeArchived: true })) as Row[]).find((a) => a.id === id)!,
  },
  pillars: {
    table: 'pillar',
    columnOf: { group: 'group_name' },
    variants: [
      {
        name: 'pillar',
        create: () =>
          createPillar(store.ctx, {
            code: `TC${next()}`,
            name: `Trụ cột thử nghiệm ${n}`,
            group: 'nen_tang',
            sortOrder: 50,
          }).id,
      },
    ],
    view: async (id) =>
      ((await call('pillars.list', { includeArchived: true })) as Row[]).find((p) => p.id === id)!,
  },
  plans: {
    table: 'plan',
    variants: [
      {
        name: 'plan',
        create: () =>
          createPlan(store.ctx, {
            code: `${next()}/KH-BCĐ`,
            title: `Kế hoạch thử nghiệm ${n}`,
            yearFrom: 2025,
            yearTo: 2026,
            issuedOn: '2025-01-20',
            issuedBy: 'Ủy ban nhân dân tỉnh',
            basis: 'Nghị quyết số 57-NQ/TW',
            state: 'du_thao',
          }).id,
      },
    ],
    view: async (id) => (await call('plans.get', { id })) as Row,
  },
  tasks: {
    table: 'task',
    childOf: {
      supportingAgencyIds:
        'SELECT task_id, agency_id FROM task_supporting_agency WHERE task_id = ? ORDER BY agency_id',
    },
    variants: [
      { name: 'done task', create: () => createTaskRow('hoan_thanh') },
      { name: 'open task', create: () => createTaskRow('dang_thuc_hien'), nullable: ['completed_on'] },
    ],
    view: async (id) => (await call('tasks.get', { id })) as Row,
  },
  indicators: {
    table: 'indicator',
    children: [
      'SELECT indicator_id, year, baseline, target, created_at, updated_at FROM indicator_target WHERE indicator_id = ?',
      'SELECT indicator_id, period, period_end, value, note, evidence, entered_at, updated_at FROM indicator_value WHERE indicator_id = ?',
    ],
    variants: [
      {
        name: 'indicator',
        create() {
          const id = createIndicator(store.ctx, {
            planId: world.plans[0]!,
            code: `CT${next()}`,
            name: `Chỉ tiêu thử nghiệm ${n}`,
            unit: '%',
            pillarId: world.pillars[0]!,
            direction: 'decrease',
            leadAgencyId: world.agencies[A1]!,
            definition: 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ',
          }).id;
          setTarget(store.ctx, { indicatorId: id, year: 2025, baseline: 40, target: 10 });
          setValues(store.ctx, {
            values: [{ indicatorId: id, period: '2025-Q3', value: 20, note: 'Ước', evidence: 'BC' }],
          });
          return id;
        },
      },
    ],
    view: async (id) => (await call('indicators.get', { id })) as Row,
  },
  meetings: {
    table: 'meeting',
    children: [
      'SELECT id, meeting_id, seq, text, agency_id, pillar_id, due_date, updated_at FROM conclusion WHERE meeting_id = ?',
      'SELECT meeting_id, body, recipients, signer_name, updated_at FROM meeting_notice WHERE meeting_id = ?',
    ],
    variants: [
      {
        name: 'meeting',
        create() {
          const id = createMeeting(store.ctx, {
            number: 10 * next(),
            title: `Phiên họp thử nghiệm ${n}`,
            heldOn: '2025-06-10',
            chair: 'Chủ tịch UBND tỉnh',
            mode: 'ket_hop',
            location: 'Hội trường UBND tỉnh',
            attendees: 'Thành viên Ban Chỉ đạo',
            agenda: 'Đánh giá kết quả',
            noticeNumber: `${n}/TB-BCĐ`,
            noticeDate: '2025-06-13',
          }).id;
          createConclusion(store.ctx, {
            meetingId: id,
            text: 'Kết luận',
            agencyId: world.agencies[A1]!,
            pillarId: null,
            dueDate: '2025-09-30',
          });
          saveNotice(store.ctx, {
            meetingId: id,
            body: 'Thông báo',
            recipients: ['Như trên'],
            signer: {
              authority: 'KT.',
              authorityName: 'Trưởng Ban',
              title: 'Phó Trưởng Ban',
              name: 'Nguyễn Văn A',
            },
          });
          return id;
        },
      },
    ],
    view: async (id) => (await call('meetings.get', { id })) as Row,
  },
  conclusions: {
    table: 'conclusion',
    variants: [
      {
        name: 'conclusion',
        create: () =>
          createConclusion(store.ctx, {
            meetingId: world.meetingId,
            text: `Kết luận thử nghiệm ${next()}`,
            agencyId: world.agencies[A1]!,
            pillarId: world.pillars[0]!,
            dueDate: '2025-12-31',
          }).id,
      },
    ],
    view: async (id) => {
      const m = (await call('meetings.get', { id: world.meetingId })) as { conclusions: Row[] };
      return m.conclusions.find((c) => c.id === id)!;
    },
  },
  settings: {
    table: 'setting',
    variants: [
      {
        name: 'settings',
        create() {
          updateSettings(store.ctx, {
            provinceName: 'Tỉnh Thử Nghiệm',
            committeeName: 'Ban Chỉ đạo thử nghiệm',
            committeeShortName: 'BCĐTN',
            secretariatAgency: 'Sở Thử nghiệm',
            operatorName: 'Nguyễn Thị Thu',
            dueSoonDays: 10,
            assessmentTolerance: 0.2,
            backupKeep: 30,
            centreEmail: 'trungtam@mst.gov.vn',
            reportPlace: 'Đà Lạt',
            timeZone: 'Asia/Bangkok',
            smtp: {
              host: 'mail.lamdong.gov.vn',
              port: 587,
              secure: false,
              user: 'bcd',
              from: 'bcd@lamdong.gov.vn',
              password: 'mat-khau',
            },
            defaultPlanId: world.plans[0]!,
          });
          return 'settings';
        },
      },
    ],
    view: async () => (await call('settings.get', {})) as Row,
    currentOf: (field, view) => {
      const v = view[field];
      if (field === 'smtp' && v && typeof v === 'object') {
        const { hasPassword: _h, ...rest } = v as Row;
        return rest;
      }
      return v;
    },
  },
};

function createTaskRow(state: 'hoan_thanh' | 'dang_thuc_hien'): string {
  const done = state === 'hoan_thanh';
  return createTask(store.ctx, {
    planId: world.plans[0]!,
    code: `T${next()}`,
    title: `Nhiệm vụ thử nghiệm ${n}`,
    pillarId: world.pillars[0]!,
    leadAgencyId: world.agencies[A1]!,
    supportingAgencyIds: [world.agencies[A2]!, world.agencies[A3]!],
    output: 'Hệ thống được nghiệm thu',
    startDate: '2025-02-01',
    dueDate: '2025-10-31',
    state,
    progress: done ? 100 : 50,
    completedOn: done ? '2025-10-15' : null,
    result: 'Đã triển khai',
    difficulties: 'Thiếu kinh phí',
    proposals: 'Bổ sung kinh phí',
    sourceText: 'Kế hoạch số 45/KH-UBND',
    conclusionId: world.conclusionId,
  }).id;
}

// ---------------------------------------------------------------------------------------------------
// Reading what is stored

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function columns(table: string): { name: string; dflt_value: string | null }[] {
  return store.ctx.db.prepare(`SELECT name, dflt_value FROM pragma_table_info(?)`).all(table) as {
    name: string;
    dflt_value: string | null;
  }[];
}

/** The whole stored record: its row with every column named, its child rows, and the audit count. */
function stored(f: Fixture, id: string) {
  const db = store.ctx.db;
  const row =
    f.table === 'setting'
      ? Object.fromEntries(
          (db.prepare('SELECT key, value, updated_at FROM setting ORDER BY key').all() as Row[]).map((r) => [
            r.key,
            r,
          ]),
        )
      : (db
          .prepare(
            `SELECT ${columns(f.table)
              .map((c) => c.name)
              .join(', ')} FROM ${f.table} WHERE id = ?`,
          )
          .get(id) as Row);
  const children = Object.fromEntries(
    [
      ...Object.entries(f.childOf ?? {}),
      ...(f.children ?? []).map((sql, i) => [`child${i}`, sql] as const),
    ].map(([k, sql]) => [k, db.prepare(sql).all(id)]),
  );
  const audit = (db.prepare('SELECT COUNT(*) AS n FROM audit').get() as { n: number }).n;
  const changes = store.commits();
  return { row, children, audit, changes };
}

/** The column (or child query) a field is stored in, or a message saying what to add. */
function storageOf(f: Fixture, field: string): { column: string } | { child: string } | { missing: string } {
  if (f.childOf?.[field]) return { child: field };
  if (f.table === 'setting') return { column: field };
  const column = f.columnOf?.[field] ?? snake(field);
  return columns(f.table).some((c) => c.name === column)
    ? { column }
    : {
        missing: `field "${field}" has no column "${column}" in ${f.table}: add it to columnOf or childOf of its fixture`,
      };
}

function inputFor(m: PatchMethod, id: string, patch: Row): unknown {
  switch (m.kind) {
    case 'nested':
      return { id, patch };
    case 'bulk':
      return { ids: [id], patch };
    case 'flat':
      return { id, ...patch };
    case 'root':
      return patch;
  }
}

const fixtureOf = (method: string) => FIXTURES[method.split('.')[0]!];

// ---------------------------------------------------------------------------------------------------

const { methods, unreadable } = discover();

describe('the contract', () => {
  it('has patch methods to check, each readable', () => {
    expect(unreadable).toEqual([]);
    expect(methods.map((m) => m.method)).toEqual(
      expect.arrayContaining([
        'agencies.update',
        'pillars.update',
        'plans.update',
        'tasks.update',
        'tasks.quickUpdate',
        'tasks.bulkUpdate',
        'indicators.update',
        'meetings.update',
        'conclusions.update',
        'settings.update',
      ]),
    );
  });
});

for (const transport of TRANSPORTS)
  for (const m of methods) {
    describe(`${m.method} (${transport})`, () => {
      const f = fixtureOf(m.method);
      beforeAll(async () => {
        store = await openContractStore(transport, '2025-11-20T03:00:00.000Z');
        route = store.route;
        world = buildWorld();
      });
      afterAll(() => store.close());

      it('has a fixture that creates fully populated records', () => {
        expect(
          f,
          `${m.method}: no fixture for "${m.method.split('.')[0]}" in FIXTURES of test/unit/api/patches.test.ts; add one that creates a fully populated record`,
        ).toBeDefined();
        if (!f || f.table === 'setting') return;
        for (const v of f.variants) {
          const id = v.create();
          const row = stored(f, id).row;
          for (const c of columns(f.table)) {
            if (c.name === 'archived_at' || v.nullable?.includes(c.name)) continue;
            expect(row[c.name], `${v.name}: column ${c.name} is empty; set it in the fixture`).not.toBeNull();
            if (c.dflt_value !== null)
              expect(String(row[c.name]), `${v.name}: column ${c.name} keeps its default`).not.toBe(
                c.dflt_value.replace(/^'|'$/g, ''),
              );
          }
          expect(row.archived_at).toBeNull();
        }
      });

      it('has a patch with no default anywhere (zod 4 applies defaults inside .partial())', () => {
        expect(hasDefault(m.patchSchema)).toBe(false);
      });

      for (const field of Object.keys(m.fields)) {
        it(`${m.readOnly ? 'previews' : 'changes'} "${field}" and nothing else`, async () => {
          expect(f, `no fixture for ${m.method}`).toBeDefined();
          if (!f) return;
          const refusals: string[] = [];
          for (const v of f.variants) {
            const id = v.create();
            const view = await f.view(id);
            const current = f.currentOf ? f.currentOf(field, view) : view[field];
            for (const value of candidates(m.fields[field]!, current, world)) {
              const before = stored(f, id);
              store.clock.set(new Date(store.clock.now.getTime() + 60_000).toISOString());
              const r = await route(m.method, inputFor(m, id, { [field]: value }));
              if (!r.ok) {
                refusals.push(`${v.name} ${JSON.stringify(value)}: ${r.error.message}`);
                continue;
              }
              const after = stored(f, id);
              if (m.readOnly) {
                expect(after.changes, 'a preview writes nothing').toBe(before.changes);
                return;
              }
              const where = storageOf(f, field);
              if ('missing' in where) throw new Error(`${m.method}: ${where.missing}`);
              expect(after.audit, 'one audit row').toBe(before.audit + 1);
              if ('child' in where) {
                expect(after.children[where.child]).not.toEqual(before.children[where.child]);
              } else {
                expect(after.row[where.column], `${field} changed`).not.toEqual(before.row[where.column]);
              }
              const rest = (row: Row) =>
                Object.fromEntries(
                  Object.entries(row).filter(
                    ([k]) => k !== 'updated_at' && !('column' in where && k === where.column),
                  ),
                );
              if (f.table === 'setting') {
                const { [field]: _changed, ...others } = after.row;
                const { [field]: _was, ...othersBefore } = before.row;
                expect(others, 'every other setting unchanged').toEqual(othersBefore);
              } else {
                expect(rest(after.row), 'every other column unchanged').toEqual(rest(before.row));
                expect(after.row.updated_at).not.toBe(before.row.updated_at);
              }
              const otherChildren = (c: Row) =>
                Object.fromEntries(
                  Object.entries(c).filter(([k]) => !('child' in where && k === where.child)),
                );
              expect(otherChildren(after.children), 'child rows unchanged').toEqual(
                otherChildren(before.children),
              );
              return;
            }
          }
          throw new Error(
            `${m.method}: no value of "${field}" was accepted on any fixture variant; add a variant or candidate. Refusals:\n${refusals.join('\n')}`,
          );
        });

        if (!m.readOnly)
          it(`writes nothing for "${field}" equal to what is stored`, async () => {
            expect(f, `no fixture for ${m.method}`).toBeDefined();
            if (!f) return;
            const id = f.variants[0]!.create();
            const view = await f.view(id);
            const current = f.currentOf ? f.currentOf(field, view) : view[field];
            const before = stored(f, id);
            store.clock.set(new Date(store.clock.now.getTime() + 60_000).toISOString());
            const r = await route(m.method, inputFor(m, id, { [field]: current }));
            expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
            const after = stored(f, id);
            expect(after.audit, 'no audit row').toBe(before.audit);
            expect(after.changes, 'no row written anywhere').toBe(before.changes);
            expect(after.row, 'row unchanged, updated_at included').toEqual(before.row);
            expect(after.children).toEqual(before.children);
          });
      }
    });
  }
