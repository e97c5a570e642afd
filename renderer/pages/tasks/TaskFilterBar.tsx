import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SITUATION_ORDER } from '../../../shared/rules/taskSituation';
import { Button, DateField, Field, MultiSelect, Select, agencyOptions } from '../../components';
import { useDebouncedCallback } from '../../hooks/useDebouncedCallback';
import { useAgencies, usePillars } from '../../hooks/useReferenceData';
import { hasFilters, type TaskFilters } from './taskQuery';
import { TASK_FILTER_NONE } from '../../../shared/tasks/fields';

/** How long typing must pause before the list is asked again: fast enough to feel live, slow enough to batch. */
const SEARCH_DEBOUNCE_MS = 200;

export interface TaskFilterBarProps {
  filters: TaskFilters;
  onChange(change: Partial<TaskFilters>): void;
  onClear(): void;
}

export function TaskFilterBar(props: TaskFilterBarProps) {
  const { filters, onChange, onClear } = props;
  const { t } = useTranslation();
  const pillars = usePillars();
  const agencies = useAgencies();
  const search = useRef<HTMLInputElement>(null);
  const debounced = useDebouncedCallback((q: string) => onChange({ q }), SEARCH_DEBOUNCE_MS);

  // The search box is uncontrolled so typing never waits on React; it follows the URL only when the
  // officer is not typing in it (a dashboard link, Back, "Bỏ lọc").
  useEffect(() => {
    const input = search.current;
    if (input && document.activeElement !== input && input.value !== filters.q) input.value = filters.q;
  }, [filters.q]);

  return (
    <div role="search" className="task-filters no-print" aria-label={t('tasks.filters.label')}>
      <div className="toolbar">
        <Field label={t('tasks.filters.search')} className="filter-search">
          {(control) => (
            <input
              {...control}
              ref={search}
              type="search"
              className="input"
              defaultValue={filters.q}
              placeholder={t('tasks.filters.searchPlaceholder')}
              aria-label={t('tasks.filters.search')}
              data-testid="task-search"
              autoComplete="off"
              spellCheck={false}
              onInput={(e) => debounced.call(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') debounced.flush(e.currentTarget.value);
              }}
            />
          )}
        </Field>
        <Field label={t('tasks.filters.pillar')} className="filter-pillar">
          {(control) => (
            <Select
              {...control}
              data-testid="filter-pillar"
              value={filters.pillarId ?? ''}
              onChange={(v) => onChange({ pillarId: v || null })}
              placeholder={t('tasks.filters.allPillars')}
              options={[
                { value: TASK_FILTER_NONE, label: t('tasks.filters.noPillar') },
                ...pillars.map((p) => ({ value: p.id, label: p.name })),
              ]}
            />
          )}
        </Field>
        <Field label={t('tasks.filters.agency')} className="filter-agency">
          {(control) => (
            <Select
              {...control}
              data-testid="filter-agency"
              value={filters.leadAgencyId ?? ''}
              onChange={(v) => onChange({ leadAgencyId: v || null })}
              placeholder={t('tasks.filters.allAgencies')}
              options={[
                { value: TASK_FILTER_NONE, label: t('tasks.filters.noAgency') },
                ...agencyOptions(agencies),
              ]}
            />
          )}
        </Field>
        <MultiSelect
          label={t('tasks.filters.situation')}
          emptyText={t('tasks.filters.allSituations')}
          value={filters.situations}
          onChange={(v) => onChange({ situations: v as TaskFilters['situations'] })}
          options={SITUATION_ORDER.map((s) => ({ value: s, label: t(`situation.${s}`) }))}
          testId="filter-situation"
        />
        <DateField
          label={t('tasks.filters.dueFrom')}
          value={filters.dueFrom}
          onChange={(d) => onChange({ dueFrom: d })}
          inputClassName="input-date-compact"
          testId="filter-due-from"
        />
        <DateField
          label={t('tasks.filters.dueTo')}
          value={filters.dueTo}
          onChange={(d) => onChange({ dueTo: d })}
          inputClassName="input-date-compact"
          testId="filter-due-to"
        />
        {hasFilters(filters) ? (
          <Button variant="link" className="filter-clear" onClick={onClear} data-testid="filter-clear">
            {t('tasks.filters.clear')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
