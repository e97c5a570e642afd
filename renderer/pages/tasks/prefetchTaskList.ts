// The task list's first rows, asked for as soon as the shared lists say which plan and date the page
// shows, beside the loading of the page's own code (App's preloadCurrentPage): the page then finds its
// first window in the cache. The input is the one TasksPage builds, so the query key is the same. boot.ts
// starts it before the shared lists, so the server answers it first.
import { apiQuery } from '../../api/queries';
import { queryClient } from '../../api/queryClient';
import { ALL_PLANS_OPTION, resolveView } from '../../hooks/useWorkspaceView';
import { useWorkspace } from '../../stores/workspace';
import { filtersFromParams, listInput } from './taskQuery';
import { taskListPart } from './taskListQuery';

const NO_REFERENCE = { status: 'loading', plans: [], settings: null, today: null };

export async function prefetchTaskList(params: Record<string, string>): Promise<void> {
  // A link that names the plan and the date (every dashboard figure does) needs nothing else: ask at once.
  if (params.planId && params.at) {
    const view = resolveView(params, NO_REFERENCE, useWorkspace.getState(), ALL_PLANS_OPTION);
    await queryClient.prefetchQuery(
      taskListPart(listInput(filtersFromParams(params), view.planId, view.at), 0),
    );
    return;
  }
  const [info, settings, plans] = await Promise.all([
    queryClient.ensureQueryData(apiQuery('app.info', {})),
    queryClient.ensureQueryData(apiQuery('settings.get', {})),
    queryClient.ensureQueryData(apiQuery('plans.list', {})),
  ]);
  if (info.isEmpty) return;
  const view = resolveView(
    params,
    { status: 'ready', plans, settings, today: info.today },
    useWorkspace.getState(),
    ALL_PLANS_OPTION,
  );
  if (!view.at) return;
  await queryClient.prefetchQuery(
    taskListPart(listInput(filtersFromParams(params), view.planId, view.at), 0),
  );
}
