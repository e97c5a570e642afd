// What every page needs for selectors and labels: the app's facts (the backend's "today", the file),
// the settings, and the live plans, pillars and agencies. Five reads of the query cache, asked for once
// at start (prefetchReferenceData) and shared by every page; a write that changes one of them
// invalidates it (api/writes.ts), so nothing here reloads by hand.
import { useQueries, useQuery } from '@tanstack/react-query';
import type { Agency, AppInfo, Pillar, Plan, Settings } from '../../shared/api/types';
import { apiQuery } from '../api/queries';
import { queryClient } from '../api/queryClient';

export interface ReferenceData {
  status: 'loading' | 'ready' | 'error';
  error: Error | null;
  info: AppInfo | null;
  settings: Settings | null;
  plans: Plan[];
  pillars: Pillar[];
  agencies: Agency[];
}

const REFERENCE_QUERIES = [
  apiQuery('app.info', {}),
  apiQuery('settings.get', {}),
  apiQuery('plans.list', {}),
  apiQuery('pillars.list', {}),
  apiQuery('agencies.list', {}),
] as const;

/** The app's facts alone: what the shell waits on before it shows anything (boot.ts asks it first). */
export function prefetchAppInfo(): Promise<void> {
  return queryClient.prefetchQuery(REFERENCE_QUERIES[0]);
}

/**
 * Starts the five reads before the first render, so the page's own code and data load beside them; the
 * app's facts first, as the shell waits on them (the server answers in order).
 */
export function prefetchReferenceData(): void {
  const [info, settings, plans, pillars, agencies] = REFERENCE_QUERIES;
  void queryClient.prefetchQuery(info);
  void queryClient.prefetchQuery(settings);
  void queryClient.prefetchQuery(plans);
  void queryClient.prefetchQuery(pillars);
  void queryClient.prefetchQuery(agencies);
}

/** "Thử lại" after one of the five failed. */
export function retryReferenceData(): void {
  for (const q of REFERENCE_QUERIES) void queryClient.refetchQueries({ queryKey: q.queryKey });
}

const NONE: never[] = [];

/**
 * All five with their common state: for the few that wait on every list at once (the workspace's view,
 * the plans page, the dashboard's error). A component that needs one list reads it alone with the hooks
 * below: each observer here is evaluated on every render, and a list's arrival re-renders every
 * component observing it.
 */
export function useReferenceData(): ReferenceData {
  const [info, settings, plans, pillars, agencies] = useQueries({ queries: REFERENCE_QUERIES });
  const all = [info, settings, plans, pillars, agencies];
  const error = all.find((q) => q.error)?.error ?? null;
  return {
    status: error ? 'error' : all.every((q) => q.data !== undefined) ? 'ready' : 'loading',
    error,
    info: info.data ?? null,
    settings: settings.data ?? null,
    plans: plans.data ?? NONE,
    pillars: pillars.data ?? NONE,
    agencies: agencies.data ?? NONE,
  };
}

// One read each: the component observes that query alone (null or an empty list until it is in).
export const useAppInfo = (): AppInfo | null => useQuery(REFERENCE_QUERIES[0]).data ?? null;
export const useSettings = (): Settings | null => useQuery(REFERENCE_QUERIES[1]).data ?? null;
export const usePlans = (): Plan[] => useQuery(REFERENCE_QUERIES[2]).data ?? NONE;
export const usePillars = (): Pillar[] => useQuery(REFERENCE_QUERIES[3]).data ?? NONE;
export const useAgencies = (): Agency[] => useQuery(REFERENCE_QUERIES[4]).data ?? NONE;

// Selected once per change of the cached value (module-level, so the selector is stable).
const todayOf = (info: AppInfo) => info.today;
const timeZoneOf = (settings: Settings) => settings.timeZone;

/** The backend's "today" (app.info), null until it is in. */
export function useToday(): string | null {
  return useQuery({ ...REFERENCE_QUERIES[0], select: todayOf }).data ?? null;
}

/**
 * The office's time zone (setting timeZone), undefined until the settings are in: useFormat runs in
 * some sixty components, several in every frame of a list, so it observes this one value alone.
 */
export function useTimeZone(): string | undefined {
  return useQuery({ ...REFERENCE_QUERIES[1], select: timeZoneOf }).data;
}

/**
 * The plan pages open on, as the backend resolves it (services/plans defaultPlan): the one the person
 * chose in the settings while it is live, else the latest plan being carried out.
 */
export function defaultPlan(plans: Plan[], settings: Settings | null): Plan | null {
  const chosen = settings?.defaultPlanId ? plans.find((p) => p.id === settings.defaultPlanId) : undefined;
  return chosen ?? plans.find((p) => p.state === 'dang_thuc_hien') ?? plans[0] ?? null;
}
