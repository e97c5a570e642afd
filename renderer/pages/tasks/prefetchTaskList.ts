// The task list's first rows, asked for as soon as the shared lists say which plan and date the page
// shows, beside the loading of the page's own code (App's preloadCurrentPage): the page then finds its
// first window in the cache. The input is the one TasksPage builds, so the query key is the same.
import { apiQuery } from '../../api/queries';
import { queryClient } from '../../api/queryClient';
import { ALL_PLANS_OPTION, resolveView } from '../../hooks/useWorkspaceView';
import { useWorkspace } from '../../stores/workspace';
import { filtersFromParams, listInput } from './taskQuery';
import { taskListPart } from './taskListQuery';

export async function prefetchTaskList(params: Record<string, string>): Promise<void> {
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
