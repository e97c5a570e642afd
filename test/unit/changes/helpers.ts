// Calls through the app's router (validation, change sets) as the screens make them, for the undo tests.
import { createAppRouter, type Route } from '../../../main/api';
import type { Input, MethodName, Output } from '../../../shared/api/contract';
import type { ChangeSetRef } from '../../../shared/api/types';
import type { TestStore } from '../../helpers/store';

export interface Caller {
  /** The call's value; fails the test with the backend's message if it was refused. */
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  /** The value and the change set the call wrote. */
  change<M extends MethodName>(
    method: M,
    input: Input<M>,
  ): Promise<{ value: Output<M>; changeSet: ChangeSetRef }>;
  /** The Vietnamese message of a refused call. */
  refusal<M extends MethodName>(method: M, input: Input<M>): Promise<string>;
}

export function caller(store: TestStore): Caller {
  const route: Route = createAppRouter(store.host);
  const run = async <M extends MethodName>(method: M, input: Input<M>) => {
    const r = await route(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r;
  };
  return {
    async call(method, input) {
      return (await run(method, input)).value as never;
    },
    async change(method, input) {
      const r = await run(method, input);
      if (!r.changeSet) throw new Error(`${method} wrote no change set`);
      return { value: r.value as never, changeSet: r.changeSet };
    },
    async refusal(method, input) {
      const r = await route(method, input);
      if (r.ok) throw new Error(`${method} was not refused`);
      return r.error.message;
    },
  };
}

/** "10:32 01/12/2026" in the machine's local time, as the refusals print it. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())} ${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}
