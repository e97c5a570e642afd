// Query keys and options derived from the contract: [method, input]. A key's first element is the
// method name, so a write invalidates every read of a domain by its prefix ('tasks.' for tasks.list,
// tasks.get, tasks.history…) whatever the input (writes.ts).
import type { QueryKey, UseQueryOptions } from '@tanstack/react-query';
import type { Input, MethodName, Output } from '../../shared/api/contract';
import { api } from './client';

export type ApiKey<M extends MethodName> = readonly [M, Input<M>];

export const apiKey = <M extends MethodName>(method: M, input: Input<M>): ApiKey<M> => [method, input];

/** The options of one read: its key and the call that fills it. */
export function apiQuery<M extends MethodName>(
  method: M,
  input: Input<M>,
): UseQueryOptions<Output<M>, Error, Output<M>, ApiKey<M>> {
  return { queryKey: apiKey(method, input), queryFn: () => api.call(method, input) };
}

/** The domain of a key: 'tasks' for ['tasks.list', …]; 'reports' for ['reports.draft.get', …]. */
export function keyDomain(key: QueryKey): string {
  const method = key[0];
  return typeof method === 'string' ? (method.split('.')[0] ?? method) : '';
}
