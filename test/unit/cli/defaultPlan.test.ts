// The CLI opens the plan the person chose in the app (settings.defaultPlanId) when --plan is not given,
// and a plan added later does not take over.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppHost } from '../../../main/app';
import { run } from '../../../main/cli';
import { createPlan } from '../../../main/services/plans';
import { updateSettings } from '../../../main/services/settings';
import { openTestStore, type TestStore } from '../../helpers/store';
import { memorySecretStore } from '../../../main/secrets/store';

let store: TestStore;
let printed: string[];
beforeEach(async () => {
  store = await openTestStore();
  printed = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  store.close();
});

const plan = (code: string, year: number) =>
  createPlan(store.ctx, {
    code,
    title: `Kế hoạch ${code}`,
    yearFrom: year,
    yearTo: year,
    issuedOn: null,
    issuedBy: null,
    basis: '',
    state: 'dang_thuc_hien',
  }).id;

async function statsPlan(): Promise<string> {
  printed = [];
  expect(await run(['stats', '--db', store.dbFile, '--json'])).toBe(0);
  return (JSON.parse(printed.join('\n')) as { planId: string }).planId;
}

describe('tiendo stats without --plan', () => {
  it('uses the plan pages open on: the chosen one, not the newest', async () => {
    const first = plan('45/KH-UBND', 2025);
    const newer = plan('12/KH-UBND', 2026); // newer years: it would have been "the latest active plan"
    store.host.close();
    expect(await statsPlan()).toBe(first);
    const host = await AppHost.open({
      secrets: memorySecretStore(),
      dbFile: store.dbFile,
      mode: 'browser',
      version: 'test',
    });
    updateSettings(host.ctx, { defaultPlanId: newer });
    host.close();
    expect(await statsPlan()).toBe(newer);
  });
});
