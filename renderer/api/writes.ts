// Every write of the renderer goes through here: the call, then the reads it may have changed are
// invalidated by domain (the prefix of their method name), and the views showing them load again.
// Which domains a write touches is one table, AFFECTS, next to the contract's names; an undo or redo
// (or anything that replaces the data, as a demo or a restore does) can touch anything, so it
// invalidates everything.
import type { Input, MethodName, Output } from '../../shared/api/contract';
import type { ChangeSetRef } from '../../shared/api/types';
import { api } from './client';
import { keyDomain } from './queries';
import { queryClient } from './queryClient';

type Domain = MethodName extends `${infer D}.${string}` ? D : never;

const EVERYTHING = 'everything';

/**
 * What a write of each domain may change besides its own domain. Every write also changes the history
 * (changes, audit) and may fix or cause a data problem (dataProblems), so those are always invalidated.
 */
const AFFECTS: Partial<Record<Domain, readonly Domain[] | typeof EVERYTHING>> = {
  app: EVERYTHING, // a demo province or an empty start replaces what every view shows
  settings: EVERYTHING, // the province, the "sắp đến hạn" window, the tolerance: every figure reads them
  changes: EVERYTHING, // an undo or redo may touch any record
  backups: ['backups'], // a restore reloads the window (BackupsPanel)
  agencies: [
    'tasks',
    'indicators',
    'meetings',
    'conclusions',
    'dashboard',
    'reports',
    'search',
    'plans',
    'rounds',
  ],
  pillars: ['tasks', 'indicators', 'meetings', 'dashboard', 'reports', 'search'],
  plans: ['tasks', 'indicators', 'meetings', 'dashboard', 'reports', 'search', 'settings', 'submissions'],
  tasks: ['plans', 'meetings', 'dashboard', 'reports', 'search'],
  indicators: ['plans', 'meetings', 'dashboard', 'reports', 'search'],
  meetings: ['tasks', 'dashboard', 'search'],
  conclusions: ['meetings', 'tasks', 'plans', 'dashboard', 'reports', 'search'],
  reports: ['submissions', 'outbox', 'jobs'],
  signing: ['reports'],
  submissions: ['outbox', 'reports'],
  outbox: ['submissions'],
  // a plan import may create a plan, pillars and agencies; a returned form changes tasks and values
  imports: EVERYTHING,
  forms: EVERYTHING,
  rounds: ['outbox'], // forms issued and mails made or queued (the dashboard line is rounds.dashboardLine)
  // the trust list decides every verdict: of received files (centre), reports and acknowledgements
  trust: ['centre', 'reports', 'submissions'],
  // "tin cậy người ký này" from a received file adds to the trust list; making the file a centre's
  // changes app.info (its centre, no longer empty), which picks the app the shell shows
  centre: ['trust', 'app'],
  receipts: ['submissions'],
};
const ALWAYS: readonly string[] = ['changes', 'audit', 'dataProblems'];

const domainOf = (method: MethodName): Domain => method.split('.')[0] as Domain;

/** Marks every read a write of `method` may have changed; the ones on screen load again. */
export function invalidateAfter(method: MethodName): Promise<void> {
  const domain = domainOf(method);
  const affects = AFFECTS[domain];
  if (affects === EVERYTHING) return invalidateEverything();
  const touched = new Set<string>([domain, ...ALWAYS, ...(affects ?? [])]);
  return queryClient.invalidateQueries({ predicate: (q) => touched.has(keyDomain(q.queryKey)) });
}

/** After an undo or redo, or anything that replaces the data: every read loads again. */
export function invalidateEverything(): Promise<void> {
  return queryClient.invalidateQueries();
}

/** A write: the call, then the reads it may have changed are invalidated (not awaited: views follow). */
export async function write<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const value = await api.call(method, input);
  void invalidateAfter(method);
  return value;
}

/** A write with the change set it wrote (null when it changed nothing), to offer "Hoàn tác". */
export async function writeChange<M extends MethodName>(
  method: M,
  input: Input<M>,
): Promise<{ value: Output<M>; changeSet: ChangeSetRef | null }> {
  const result = await api.callChange(method, input);
  void invalidateAfter(method);
  return result;
}
