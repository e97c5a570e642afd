// The filter bar of the indicator list: pillar, lead agency, assessment, text search and reference date.
// Every filter is a URL parameter, so a filtered list can be bookmarked, linked and restored by Back.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSESSMENTS } from '../../../shared/rules/indicatorAssessment';
import { Button, Field, ReferenceDateSelector, Select, TextInput, agencyOptions } from '../../components';
import { useDebouncedCallback } from '../../hooks/useDebouncedCallback';
import { useAgencies, usePillars } from '../../hooks/useReferenceData';
import type { RouteParams } from '../../stores/route';
import { useWorkspace } from '../../stores/workspace';
import type { WorkspaceView } from '../../hooks/useWorkspaceView';

export interface IndicatorFilterValues {
  pillarId: string;
  agencyId: string;
  assessment: string;
  q: string;
}

export function filtersFrom(params: Record<string, string>): IndicatorFilterValues {
  return {
    pillarId: params.pillarId ?? '',
    agencyId: params.agencyId ?? '',
    assessment: (ASSESSMENTS as readonly string[]).includes(params.assessment ?? '')
      ? params.assessment!
      : '',
    q: params.q ?? '',
  };
}

interface Props {
  filters: IndicatorFilterValues;
  workspace: WorkspaceView;
  onChange(changes: RouteParams): void;
}

export function IndicatorFilters({ filters, workspace, onChange }: Props) {
  const { t } = useTranslation();
  const pillars = usePillars();
  const agencies = useAgencies();
  const setAt = useWorkspace((s) => s.setAt);
  const [q, setQ] = useState(filters.q);
  const search = useDebouncedCallback((text: string) => onChange({ q: text.trim() || null }), 250);
  const any = Boolean(filters.pillarId || filters.agencyId || filters.assessment || filters.q);

  return (
    <div className="toolbar indicator-filters" role="search" aria-label={t('indicators.filters.label')}>
      <Field label={t('indicators.filters.search')} className="filter-search">
        {(control) => (
          <TextInput
            {...control}
            type="search"
            value={q}
            data-testid="indicator-search"
            onChange={(e) => {
              setQ(e.target.value);
              search.call(e.target.value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') search.flush(q);
            }}
          />
        )}
      </Field>
      <Field label={t('indicators.filters.pillar')}>
        {(control) => (
          <Select
            {...control}
            value={filters.pillarId}
            placeholder={t('app.all')}
            options={pillars.map((p) => ({ value: p.id, label: p.name }))}
            onChange={(pillarId) => onChange({ pillarId: pillarId || null })}
          />
        )}
      </Field>
      <Field label={t('indicators.filters.agency')}>
        {(control) => (
          <Select
            {...control}
            value={filters.agencyId}
            placeholder={t('app.all')}
            options={agencyOptions(agencies)}
            onChange={(agencyId) => onChange({ agencyId: agencyId || null })}
          />
        )}
      </Field>
      <Field label={t('indicators.filters.assessment')}>
        {(control) => (
          <Select
            {...control}
            value={filters.assessment}
            placeholder={t('app.all')}
            data-testid="assessment-filter"
            options={ASSESSMENTS.map((a) => ({ value: a, label: t(`assessment.${a}`) }))}
            onChange={(assessment) => onChange({ assessment: assessment || null })}
          />
        )}
      </Field>
      <ReferenceDateSelector
        value={workspace.at}
        today={workspace.today}
        onChange={(at) => {
          setAt(at);
          onChange({ at: null });
        }}
      />
      {any ? (
        <Button
          variant="link"
          size="sm"
          className="filter-clear"
          onClick={() => {
            setQ('');
            onChange({ pillarId: null, agencyId: null, assessment: null, q: null });
          }}
        >
          {t('indicators.filters.clear')}
        </Button>
      ) : null}
    </div>
  );
}
