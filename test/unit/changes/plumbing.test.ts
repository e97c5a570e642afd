// The plumbing of change sets: every audit row written after schema 5 belongs to one, a call of the API
// is exactly one (nested services join it), writes no person announced (mail, the CLI) are grouped per
// transaction as 'system', and every write method of the contract has a label.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, isMethodName } from '../../../shared/api/contract';
import { enqueueMail } from '../../../main/mail/outbox';
import { labelFor } from '../../../main/services/changes/labels';
import { createPlan } from '../../../main/services/plans';
import { openTestStore, type TestStore } from '../../helpers/store';
import { caller, type Caller } from './helpers';

let store: TestStore;
let api: Caller;
beforeEach(async () => {
  store = await openTestStore('2026-12-01T02:00:00.000Z');
  api = caller(store);
});
afterEach(() => store.close());

const count = (sql: string) => (store.ctx.db.prepare(sql).get() as { n: number }).n;

describe('change sets', () => {
  it('group all the rows of one call, even hundreds written by nested services', async () => {
    const { changeSet } = await api.change('app.createDemo', { year: 2026 });
    expect(changeSet).toMatchObject({ kind: 'app.createDemo', label: 'Tạo dữ liệu mẫu', undoable: false });
    expect(count('SELECT COUNT(*) AS n FROM change_set')).toBe(1);
    expect(count('SELECT COUNT(*) AS n FROM audit WHERE change_set_id IS NULL')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM audit')).toBeGreaterThan(100);
    const [view] = await api.call('changes.list', {});
    expect(view).toMatchObject({ id: changeSet.id, cannotUndo: expect.stringMatching(/dữ liệu mẫu/) });
    expect(view!.entries).toHaveLength(20);
    expect(view!.entryCount).toBe(count('SELECT COUNT(*) AS n FROM audit'));
  });

  it('group a write outside any call by its transaction, as a system change that cannot be undone', () => {
    const plan = createPlan(store.ctx, {
      code: 'KH',
      title: 'Kế hoạch',
      yearFrom: 2026,
      yearTo: 2026,
      issuedOn: null,
      issuedBy: null,
      basis: '',
      state: 'dang_thuc_hien',
    });
    enqueueMail(store.ctx, { submissionId: null, to: 'a@b.vn', subject: 'Báo cáo', eml: Buffer.from('x') });
    const sets = store.ctx.db.prepare('SELECT kind, label FROM change_set ORDER BY id').all();
    expect(sets).toEqual([
      { kind: 'system', label: 'Thêm kế hoạch' },
      { kind: 'system', label: 'Thêm thư trong hộp thư đi' },
    ]);
    expect(plan.code).toBe('KH');
    expect(count('SELECT COUNT(*) AS n FROM audit WHERE change_set_id IS NULL')).toBe(0);
  });

  it('are labelled for every write method of the contract', () => {
    const writes = Object.keys(contract).filter(
      (m) =>
        /\.(create|update|archive|merge|setTarget|setValues|saveNotice|toTask|toTasks|quickUpdate|bulkUpdate|startEmpty|createDemo|save)$/.test(
          m,
        ) &&
        m !== 'backups.create' &&
        // A collection round is the bookkeeping of who was asked for what, not the province's records:
        // it is not undone; the returned forms it brings in are (forms.apply, one change set per form).
        !m.startsWith('rounds.'),
    );
    expect(writes.length).toBeGreaterThan(25);
    const unlabelled = writes.filter((m) => isMethodName(m) && labelFor(m) === null);
    expect(unlabelled).toEqual([]);
  });
});
