// The router's side of change sets: each call of a method that has a label (./labels) runs as one change
// set, labelled from its input, the rows it wrote and its result. Every handler of a labelled method is
// synchronous (a service call), so the whole call is one transaction.
import type { MethodName, Output, ParsedInput } from '../../../shared/api/contract';
import type { ChangeSetRef } from '../../../shared/api/types';
import { withChangeSet, type ServiceContext } from '../context';
import { labelFor } from './labels';

export type ChangeSetRunner = (
  method: MethodName,
  input: ParsedInput<MethodName>,
  run: () => unknown,
) => { value: unknown; changeSet: ChangeSetRef | null } | null;

/** null for methods that are not an action of their own: the router then runs them as they are. */
export function changeSetRunner(ctx: () => ServiceContext): ChangeSetRunner {
  return (method, input, run) => {
    const label = labelFor(method);
    if (!label) return null;
    const c = ctx();
    // `run` is the handler of `method`, typed by Handlers: its result is that method's output.
    const labelOf = (rows: Parameters<typeof label>[2], result: unknown) =>
      label(c, input, rows, result as Output<MethodName>);
    return withChangeSet(c, { kind: method, label: labelOf }, run);
  };
}
