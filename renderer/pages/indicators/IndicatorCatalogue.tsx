// The list view of the Chỉ tiêu page: filters, the assessment summary, the table, and the detail
// panel and form that open over it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../shared/api/types';
import { yearOf } from '../../../shared/dates';
import { Button, EmptyState, ErrorBanner, Loading } from '../../components';
import { api } from '../../api/client';
import { useApiQuery } from '../../hooks/useApiQuery';
import type { WorkspaceView } from '../../hooks/useWorkspaceView';
import { useFormat } from '../../i18n/format';
import { useRoute } from '../../stores/route';
import { useShortcut } from '../../shortcuts/handlers';
import { ExportButton } from '../sheets/ExportButton';
import { AssessmentSummary } from './AssessmentSummary';
import { IndicatorDetail } from './IndicatorDetail';
import { IndicatorFilters, filtersFrom } from './IndicatorFilters';
import { IndicatorForm } from './IndicatorForm';
import { IndicatorTable } from './IndicatorTable';

type FormState = { mode: 'create' } | { mode: 'edit'; indicator: Indicator } | null;

export function IndicatorCatalogue({
  workspace,
  params,
}: {
  workspace: WorkspaceView;
  params: Record<string, string>;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const setParams = useRoute((s) => s.setParams);
  const filters = filtersFrom(params);
  const [form, setForm] = useState<FormState>(null);
  useShortcut('new', () => setForm({ mode: 'create' }));
  const listInput = workspace.ready
    ? {
        planId: workspace.planId,
        pillarId: filters.pillarId || null,
        leadAgencyId: filters.agencyId || null,
        q: filters.q,
        at: workspace.at,
      }
    : null;
  const list = useApiQuery('indicators.list', listInput);
  const rows = list.data ?? [];
  const shown = filters.assessment ? rows.filter((r) => r.assessment === filters.assessment) : rows;
  const year = workspace.at ? yearOf(workspace.at) : new Date().getFullYear();
  const filtered = Boolean(filters.pillarId || filters.agencyId || filters.q);
  const addButton = (
    <Button variant="primary" onClick={() => setForm({ mode: 'create' })} data-testid="add-indicator">
      {t('indicators.list.add')}
    </Button>
  );

  return (
    <>
      <div className="list-toolbar">
        <IndicatorFilters filters={filters} workspace={workspace} onChange={setParams} />
        <div className="toolbar-end">
          <ExportButton
            testId="indicators-export"
            disabled={rows.length === 0}
            run={listInput ? () => api.call('exports.indicators', listInput) : null}
          />
          {addButton}
        </div>
      </div>
      <ErrorBanner error={list.error} onRetry={list.retry} />
      {list.data === undefined ? (
        list.error ? null : (
          <Loading />
        )
      ) : rows.length === 0 && !filtered ? (
        <EmptyState title={t('indicators.list.empty')} action={addButton}>
          {t('indicators.list.emptyHint')}
        </EmptyState>
      ) : (
        <>
          <div className="list-summary">
            <AssessmentSummary
              rows={rows}
              selected={filters.assessment}
              onSelect={(assessment) => setParams({ assessment })}
            />
            <span className="list-count" aria-live="polite">
              {t('indicators.filters.count', { shown: f.number(shown.length), total: f.number(rows.length) })}
            </span>
          </div>
          {shown.length === 0 ? (
            <EmptyState title={t('indicators.list.noMatch')} />
          ) : (
            <IndicatorTable
              rows={shown}
              year={year}
              caption={t('indicators.list.caption', { date: f.date(workspace.at) })}
              onOpen={(id) => setParams({ id })}
            />
          )}
        </>
      )}
      {params.id ? (
        <IndicatorDetail
          key={params.id}
          id={params.id}
          at={workspace.at}
          onClose={() => setParams({ id: null })}
          onEdit={(indicator) => setForm({ mode: 'edit', indicator })}
        />
      ) : null}
      {form ? (
        <IndicatorForm
          indicator={form.mode === 'edit' ? form.indicator : null}
          defaultPlanId={workspace.planId}
          year={year}
          onClose={() => setForm(null)}
          onSaved={(saved) => {
            setForm(null);
            if (form.mode === 'create') setParams({ id: saved.id });
          }}
        />
      ) : null}
    </>
  );
}
