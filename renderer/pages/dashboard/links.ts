// Every number on the dashboard opens the list behind it, with the same plan and reference date.
import type { Assessment } from '../../../shared/rules/indicatorAssessment';
import type { TaskSituation } from '../../../shared/rules/taskSituation';
import { routeHref } from '../../stores/route';

export interface LinkContext {
  planId: string | null;
  at: string;
}

export const DONE_SITUATIONS: readonly TaskSituation[] = ['hoan_thanh_dung_han', 'hoan_thanh_qua_han'];

export function tasksHref(
  ctx: LinkContext,
  filter: {
    situations?: readonly TaskSituation[];
    pillarId?: string | null;
    leadAgencyId?: string | null;
    at?: string;
  } = {},
): string {
  return routeHref('tasks', {
    planId: ctx.planId,
    at: filter.at ?? ctx.at,
    situation: filter.situations?.length ? filter.situations.join(',') : null,
    pillarId: filter.pillarId,
    leadAgencyId: filter.leadAgencyId,
  });
}

export function taskHref(ctx: LinkContext, taskId: string): string {
  return routeHref('tasks', { planId: ctx.planId, at: ctx.at, open: taskId });
}

export function indicatorsHref(ctx: LinkContext, assessment?: Assessment): string {
  return routeHref('indicators', { planId: ctx.planId, at: ctx.at, assessment });
}
