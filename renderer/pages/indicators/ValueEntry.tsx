// The data-entry view: the plan's indicators × the year's periods in the keyboard grid. The year is a
// URL parameter; by default the year of the reference date, kept within the plan's years.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso, yearOf } from '../../../shared/dates';
import { ErrorBanner, Field, Loading, Select } from '../../components';
import { api } from '../../api/client';
import { useApiQuery } from '../../hooks/useApiQuery';
import type { WorkspaceView } from '../../hooks/useWorkspaceView';
import { useRoute } from '../../stores/route';
import { ExportButton } from '../sheets/ExportButton';
import { ValueGrid } from './grid/ValueGrid';

function yearChoices(workspace: WorkspaceView, current: number): number[] {
  const plan = workspace.plan;
  const from = plan ? plan.yearFrom : current - 3;
  const to = plan ? plan.yearTo : current + 1;
  const years = new Set<number>([current]);
  for (let y = from; y <= to; y++) years.add(y);
  return [...years].sort((a, b) => b - a);
}

function defaultYear(workspace: WorkspaceView): number {
  const y = workspace.at ? yearOf(workspace.at) : new Date().getFullYear();
  const plan = workspace.plan;
  return plan ? Math.min(plan.yearTo, Math.max(plan.yearFrom, y)) : y;
}

export function ValueEntry({
  workspace,
  params,
}: {
  workspace: WorkspaceView;
  params: Record<string, string>;
}) {
  const { t } = useTranslation();
  const setParams = useRoute((s) => s.setParams);
  const asked = Number(params.year);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : defaultYear(workspace);
  const input = workspace.ready ? { planId: workspace.planId, year } : null;
  const grid = useApiQuery('indicators.valueGrid', input);
  const loadedKey = JSON.stringify(input);
  // Which input the data on screen belongs to: the same grid loaded again (after an undo) stays on
  // screen, with its cursor and focus; another plan or year waits for its own data.
  const [dataKey, setDataKey] = useState<string | null>(null);
  useEffect(() => {
    if (grid.data && !grid.loading) setDataKey(loadedKey);
  }, [grid.data, grid.loading, loadedKey]);
  const showing = grid.data && (dataKey === loadedKey || !grid.loading);

  return (
    <>
      <div className="toolbar">
        <Field label={t('indicators.grid.year')}>
          {(c) => (
            <Select
              {...c}
              value={String(year)}
              data-testid="grid-year"
              options={yearChoices(workspace, year).map((y) => ({ value: String(y), label: String(y) }))}
              onChange={(v) => setParams({ year: v })}
            />
          )}
        </Field>
        <ExportButton
          testId="values-export"
          disabled={!grid.data}
          run={input ? () => api.call('exports.values', input) : null}
        />
      </div>
      <ErrorBanner error={grid.error} onRetry={grid.retry} />
      {!showing || !grid.data ? (
        grid.error ? null : (
          <Loading />
        )
      ) : (
        // A new plan or year is a new grid: its cursor, edits and save queue start afresh (the old
        // grid sends what it still holds as it goes).
        <ValueGrid key={loadedKey} grid={grid.data} today={workspace.today ?? todayIso(new Date())} />
      )}
    </>
  );
}
