// On a new province every agency name of an annex is unknown, and one agency is often written two ways
// ("Sở KH&CN" and "Sở Khoa học và Công nghệ"). Names the person gives the same new code are one new
// agency: the apply creates it once and both names' rows point at it.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createHandlers, createRouter, type Route } from '../../../main/api';
import type { PlanImportDryRun, PlanImportResult } from '../../../shared/api/sheetTypes';
import type { Agency, Page, TaskRow } from '../../../shared/api/types';
import { openTestStore, type TestStore } from '../../helpers/store';
import { annexA } from '../../fixtures/plans/annexes';

let store: TestStore;
let route: Route;

async function call<T>(method: string, input: unknown): Promise<T> {
  const r = await route(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

beforeEach(async () => {
  store = await openTestStore('2025-01-15T03:00:00.000Z');
  route = createRouter(createHandlers(store.host));
  await call('app.startEmpty', {});
});
afterEach(() => store.close());

it('creates one agency for two names given the same new code, and both names point at it', async () => {
  const file = { fileName: 'phu-luc.xlsx', fileBase64: (await annexA()).toString('base64') };
  const first = await call<PlanImportDryRun>('imports.planDryRun', { ...file, planId: null });
  const agencies: Record<string, unknown> = {};
  for (const n of first.agencyNames.filter((a) => a.kind === 'unknown'))
    agencies[n.text] = { create: { ...n.proposal, kind: 'so_ban_nganh' } };
  const skhcn = {
    code: 'SKHCN',
    name: 'Sở Khoa học và Công nghệ',
    shortName: 'Sở KH&CN',
    kind: 'so_ban_nganh',
  };
  agencies['Sở KH&CN'] = { create: skhcn };
  agencies['Sở Khoa học và Công nghệ'] = { create: { ...skhcn, name: 'ignored: the first name wins' } };
  const dry = await call<PlanImportDryRun>('imports.planDryRun', { ...file, planId: null, agencies });
  expect(dry.summary.total.refused).toBe(0);
  const done = await call<PlanImportResult>('imports.planApply', { ...file, planId: null, agencies });
  const list = await call<Agency[]>('agencies.list', {});
  const named = list.filter((a) => a.code === 'SKHCN');
  expect(named).toHaveLength(1);
  expect(named[0]).toMatchObject({ name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN' });
  const tasks = (await call<Page<TaskRow>>('tasks.list', { planId: done.planId, limit: 50 })).rows;
  const lead = tasks.find((t) => t.code === 'III.1.1')!;
  expect(lead.leadAgencyId).toBe(named[0]!.id);
  // Undone, the agency goes with the import.
  await call('changes.undo', { id: done.changeSet!.id });
  expect((await call<Agency[]>('agencies.list', {})).filter((a) => a.code === 'SKHCN')).toHaveLength(0);
});
