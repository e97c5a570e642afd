// The task list as the renderer asks for it: a filtered, sorted page (200 rows, what the virtualised
// table asks for first), every row of the plan in one call, the same page filtered by text, and search.
import type { ParsedInput } from '../shared/api/contract';
import type { ServiceContext } from '../main/services/context';
import { search } from '../main/services/search';
import { listTasks } from '../main/services/tasks';
import { wholeTaskList } from '../main/services/taskListFilter';
import { dueSoonDays } from '../main/services/settings';
import { assertSameRows, bareTaskReads } from './bareTaskReads';
import { time, type Figure } from './measure';

type ListInput = ParsedInput<'tasks.list'>;

export async function taskListBenchmarks(
  ctx: ServiceContext,
  file: string,
  planId: string,
  pillarId: string,
  at: string,
  runs: (n: number) => number,
): Promise<Figure[]> {
  // The first page of the whole list: every filter off, in code order.
  const all: ListInput = { ...wholeTaskList(planId, at), limit: 200 };
  const filteredPage: ListInput = {
    ...all,
    pillarId,
    situations: ['qua_han', 'sap_den_han', 'trong_han'],
    sort: 'dueDate',
    dir: 'desc',
  };
  const pages = [
    await time('filtered, sorted task page (200 rows)', runs(25), () => listTasks(ctx, filteredPage)),
    await time('first task page by code (200 rows)', runs(25), () => listTasks(ctx, all)),
  ];
  const bare = bareTaskReads(file, planId, at, dueSoonDays(ctx));
  let whole: Figure[];
  try {
    assertSameRows(listTasks(ctx, wholeTaskList(planId, at)).rows, bare.wholeList());
    const service = await time('whole task list (every row, one call)', runs(9), () =>
      listTasks(ctx, wholeTaskList(planId, at)),
    );
    const baseline = await time('the same rows, bare better-sqlite3 (equal, checked)', runs(9), () =>
      bare.wholeList(),
    );
    whole = [
      { ...service, baseline: baseline.name },
      {
        ...baseline,
        note: `ratio whole list / bare = ${(service.medianMs / baseline.medianMs).toFixed(1)}x`,
      },
    ];
  } finally {
    bare.close();
  }
  return [
    ...pages,
    ...whole,
    await time('search "duong" (all records)', runs(25), () => search(ctx, 'duong', 30)),
    await time('task page filtered by text "chuyen doi so"', runs(25), () =>
      listTasks(ctx, { ...all, q: 'chuyen doi so' }),
    ),
  ];
}
