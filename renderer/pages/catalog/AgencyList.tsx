// The agencies tab: filter, add, edit, merge, archive and read the history of the province's agencies.
// A merge result stays on screen until dismissed: it is the record the secretariat reports upwards.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../shared/api/types';
import { foldVietnamese } from '../../../shared/text/fold';
import { AGENCY_KINDS } from '../../../shared/domain';
import {
  Button,
  ConfirmDialog,
  EmptyState,
  ErrorBanner,
  Field,
  Loading,
  Select,
  TextInput,
  sortAgencies,
} from '../../components';
import { useAction } from '../../hooks/useAction';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useFormat } from '../../i18n/format';
import { useToday } from '../../hooks/useReferenceData';
import { offerUndo, undoWithStatus } from '../../stores/changes';
import { showStatus } from '../../stores/status';
import { AgencyForm } from './AgencyForm';
import { AgencyHistory } from './AgencyHistory';
import { AgencyTable } from './AgencyTable';
import { MergeDialog, type MergeOutcome } from './MergeDialog';
import { write } from '../../api/writes';
import { api } from '../../api/client';
import { useOpenFromAddress } from '../../components/search/useOpenFromAddress';
import { useShortcut } from '../../shortcuts/handlers';
import { ExportButton } from '../sheets/ExportButton';

type Dialog =
  | { kind: 'form'; agency: Agency | null }
  | { kind: 'merge'; agency: Agency }
  | { kind: 'archive'; agency: Agency }
  | { kind: 'history'; agency: Agency }
  | null;

export function AgencyList() {
  const { t } = useTranslation();
  const f = useFormat();
  const today = useToday();
  const [includeArchived, setIncludeArchived] = useState(false);
  const list = useApiQuery('agencies.list', { includeArchived: true });
  const [q, setQ] = useState('');
  const [kind, setKind] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [merged, setMerged] = useState<MergeOutcome | null>(null);
  const archiving = useAction();
  const resultRef = useRef<HTMLDivElement>(null);
  // A search result (#/catalog?agency=…) opens the agency's form; N adds one.
  useOpenFromAddress('agency', list.data, (agency) => setDialog({ kind: 'form', agency }));
  useShortcut('new', () => setDialog({ kind: 'form', agency: null }));

  // The merge result is the record the secretariat reports upwards: bring it into view and read it out.
  useEffect(() => {
    if (merged) resultRef.current?.focus();
  }, [merged]);

  // Departments first, then communes, enterprises, others (the order of every report), by name within each.
  const all = useMemo(() => sortAgencies(list.data ?? []), [list.data]);
  const active = all.filter((a) => !a.archivedAt);
  const folded = foldVietnamese(q);
  const shown = all.filter(
    (a) =>
      (includeArchived || !a.archivedAt) &&
      (!kind || a.kind === kind) &&
      (!folded || foldVietnamese(`${a.code} ${a.name} ${a.shortName ?? ''}`).includes(folded)),
  );
  const nameOf = (id: string) => {
    const a = all.find((x) => x.id === id);
    return a ? a.shortName || a.name : '';
  };
  const mergeSet = merged?.changeSet?.undoable ? merged.changeSet : null;
  const mergeText = (m: MergeOutcome) =>
    t('catalog.merge.result', {
      from: m.from.shortName || m.from.name,
      into: m.into.shortName || m.into.name,
      tasks: f.number(m.movedTasks),
      indicators: f.number(m.movedIndicators),
      conclusions: f.number(m.movedConclusions),
    });

  const archive = (a: Agency) =>
    archiving.run(async () => {
      await write('agencies.archive', { id: a.id });
      showStatus(t('catalog.archive.done', { name: a.shortName || a.name }));
      setDialog(null);
    });

  return (
    <>
      <div className="list-toolbar">
        <div className="toolbar">
          <Field label={t('catalog.agencies.search')}>
            {(c) => <TextInput {...c} type="search" value={q} onChange={(e) => setQ(e.target.value)} />}
          </Field>
          <Field label={t('catalog.agencies.kind')}>
            {(c) => (
              <Select
                {...c}
                value={kind}
                placeholder={t('app.all')}
                options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`catalog.kind.${k}`) }))}
                onChange={setKind}
              />
            )}
          </Field>
          <label className="check-row toolbar-check">
            <input
              type="checkbox"
              checked={includeArchived}
              onChange={(e) => setIncludeArchived(e.target.checked)}
            />
            {t('catalog.agencies.showArchived')}
          </label>
        </div>
        <div className="toolbar-end">
          <span className="list-count">
            {t('catalog.agencies.count', { count: shown.length, formatted: f.number(shown.length) })}
          </span>
          <ExportButton
            testId="agencies-export"
            disabled={all.length === 0}
            run={() => api.call('exports.agencies', { includeArchived })}
          />
          <Button
            variant="primary"
            onClick={() => setDialog({ kind: 'form', agency: null })}
            data-testid="add-agency"
          >
            {t('catalog.agencies.add')}
          </Button>
        </div>
      </div>
      {merged ? (
        <div
          ref={resultRef}
          tabIndex={-1}
          className="success-banner"
          role="status"
          data-testid="merge-result"
        >
          <p>{mergeText(merged)}</p>
          {mergeSet ? (
            <Button
              size="sm"
              data-testid="merge-undo"
              onClick={() => void undoWithStatus(mergeSet.id, () => setMerged(null))}
            >
              {t('changes.undo')}
            </Button>
          ) : null}
          <Button size="sm" variant="ghost" onClick={() => setMerged(null)}>
            {t('catalog.merge.dismiss')}
          </Button>
        </div>
      ) : null}
      <ErrorBanner error={list.error} onRetry={list.retry} />
      {!list.data ? (
        list.error ? null : (
          <Loading />
        )
      ) : all.length === 0 ? (
        <EmptyState title={t('catalog.agencies.empty')}>{t('catalog.agencies.emptyHint')}</EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState title={t('catalog.agencies.noMatch')} />
      ) : (
        <AgencyTable
          agencies={shown}
          nameOf={nameOf}
          onEdit={(agency) => setDialog({ kind: 'form', agency })}
          onMerge={(agency) => setDialog({ kind: 'merge', agency })}
          onArchive={(agency) => {
            archiving.clearError();
            setDialog({ kind: 'archive', agency });
          }}
          onHistory={(agency) => setDialog({ kind: 'history', agency })}
        />
      )}
      {dialog?.kind === 'form' ? (
        <AgencyForm
          agency={dialog.agency}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
          }}
        />
      ) : null}
      {dialog?.kind === 'merge' ? (
        <MergeDialog
          from={dialog.agency}
          candidates={active}
          today={today}
          onClose={() => setDialog(null)}
          onMerged={(outcome) => {
            setDialog(null);
            setMerged(outcome);
            offerUndo(mergeText(outcome), outcome.changeSet, () => setMerged(null));
          }}
        />
      ) : null}
      {dialog?.kind === 'archive' ? (
        <ConfirmDialog
          title={t('catalog.archive.title')}
          confirmLabel={t('catalog.archive.confirm')}
          danger
          busy={archiving.busy}
          error={archiving.error}
          onCancel={() => setDialog(null)}
          onConfirm={() => void archive(dialog.agency)}
        >
          <p>{t('catalog.archive.message', { name: dialog.agency.name })}</p>
        </ConfirmDialog>
      ) : null}
      {dialog?.kind === 'history' ? (
        <AgencyHistory agency={dialog.agency} onClose={() => setDialog(null)} />
      ) : null}
    </>
  );
}
