// Lists every page needs for selectors and labels: plans, pillars, agencies, settings and the
// backend's "today". Loaded once and shared; a page that changes one of them calls reload().
import { create } from 'zustand';
import type { Agency, AppInfo, Pillar, Plan, Settings } from '../../shared/api/types';
import { api } from '../api/client';

interface ReferenceData {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: Error | null;
  info: AppInfo | null;
  settings: Settings | null;
  plans: Plan[];
  pillars: Pillar[];
  agencies: Agency[];
  /** Loads everything once; later calls are no-ops until reload(). */
  ensureLoaded(): Promise<void>;
  reload(): Promise<void>;
}

let inFlight: Promise<void> | null = null;

export const useReferenceData = create<ReferenceData>((set, get) => {
  const load = async () => {
    set({ status: get().status === 'ready' ? 'ready' : 'loading', error: null });
    try {
      const [info, settings, plans, pillars, agencies] = await Promise.all([
        api.call('app.info', {}),
        api.call('settings.get', {}),
        api.call('plans.list', {}),
        api.call('pillars.list', {}),
        api.call('agencies.list', {}),
      ]);
      set({ status: 'ready', info, settings, plans, pillars, agencies });
    } catch (error) {
      set({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
    }
  };
  return {
    status: 'idle',
    error: null,
    info: null,
    settings: null,
    plans: [],
    pillars: [],
    agencies: [],
    ensureLoaded: () => {
      if (get().status === 'ready') return Promise.resolve();
      inFlight ??= load().finally(() => (inFlight = null));
      return inFlight;
    },
    reload: () => {
      inFlight = load().finally(() => (inFlight = null));
      return inFlight;
    },
  };
});

/**
 * The plan pages open on, as the backend resolves it (services/plans defaultPlan): the one the person
 * chose in the settings while it is live, else the latest plan being carried out.
 */
export function defaultPlan(plans: Plan[], settings: Settings | null): Plan | null {
  const chosen = settings?.defaultPlanId ? plans.find((p) => p.id === settings.defaultPlanId) : undefined;
  return chosen ?? plans.find((p) => p.state === 'dang_thuc_hien') ?? plans[0] ?? null;
}
