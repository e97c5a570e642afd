// Master records the scripted test histories create the same way.
import type { ParsedInput } from '../../shared/api/contract';
import { createAgency } from '../../main/services/agencies';
import type { ServiceContext } from '../../main/services/context';
import { createPlan } from '../../main/services/plans';

export type TaskFields = ParsedInput<'tasks.create'>;

/** A current sở/ban/ngành with no e-mail; returns its id. */
export function addAgency(ctx: ServiceContext, code: string, name: string, shortName: string): string {
  return createAgency(ctx, {
    code,
    name,
    shortName,
    kind: 'so_ban_nganh',
    email: null,
    validFrom: null,
    validTo: null,
  }).id;
}

/** A plan being carried out in 2025, with no issuing details; returns its id. */
export function addPlan(ctx: ServiceContext, code: string, title = `Kế hoạch ${code}`): string {
  return createPlan(ctx, {
    code,
    title,
    yearFrom: 2025,
    yearTo: 2025,
    issuedOn: null,
    issuedBy: null,
    basis: '',
    state: 'dang_thuc_hien',
  }).id;
}

/** The fields of a task in progress (10%) with no pillar, agency or text beyond its title. */
export function taskFields(planId: string, code: string, over: Partial<TaskFields> = {}): TaskFields {
  return {
    planId,
    code,
    title: `Nhiệm vụ ${code}`,
    pillarId: null,
    leadAgencyId: null,
    supportingAgencyIds: [],
    output: '',
    startDate: null,
    dueDate: null,
    state: 'dang_thuc_hien',
    progress: 10,
    completedOn: null,
    result: '',
    difficulties: '',
    proposals: '',
    sourceText: '',
    ...over,
  };
}
