// The plan and reference date a page shows. A link's ?planId=…&at=… wins (a dashboard number lands on
// exactly the list behind it) and is remembered for the session as the officer's current choice; without
// one, that choice is used, then the plan pages open on (the setting defaultPlanId, see defaultPlan) and today.
import { useEffect } from 'react';
import type { IsoDate } from '../../shared/domain';
import type { Plan } from '../../shared/api/types';
import { defaultPlan, useReferenceData } from '../stores/referenceData';
import { useWorkspace } from '../stores/workspace';

export const ALL_PLANS = 'all';

export interface WorkspaceView {
  ready: boolean;
  /** null: all plans (only where the page allows it). */
  planId: string | null;
  plan: Plan | null;
  at: IsoDate | null;
  today: IsoDate | null;
  isToday: boolean;
}

export function useWorkspaceView(
  params: Record<string, string>,
  options: { allowAllPlans?: boolean } = {},
): WorkspaceView {
  const { status, plans, info, settings, ensureLoaded } = useReferenceData();
  const stored = useWorkspace();
  const today = info?.today ?? null;

  useEffect(() => {
    void ensureLoaded();
  }, [ensureLoaded]);

  const urlPlan = params.planId ?? null;
  const urlAt = params.at ?? null;

  // Remember what a link asked for; a link dated today means "today", not a fixed date.
  useEffect(() => {
    if (urlPlan && urlPlan !== ALL_PLANS && urlPlan !== stored.planId) stored.setPlanId(urlPlan);
  }, [urlPlan, stored]);
  useEffect(() => {
    if (!urlAt || !today) return;
    const wanted = urlAt === today ? null : urlAt;
    if (wanted !== stored.at) stored.setAt(wanted);
  }, [urlAt, today, stored]);

  const all = options.allowAllPlans === true && urlPlan === ALL_PLANS;
  const knownStored = plans.some((p) => p.id === stored.planId) ? stored.planId : null;
  const planId = all
    ? null
    : urlPlan && urlPlan !== ALL_PLANS
      ? urlPlan
      : (knownStored ?? defaultPlan(plans, settings)?.id ?? null);
  const at = urlAt ?? stored.at ?? today;
  return {
    ready: status === 'ready',
    planId,
    plan: plans.find((p) => p.id === planId) ?? null,
    at,
    today,
    isToday: at !== null && at === today,
  };
}
