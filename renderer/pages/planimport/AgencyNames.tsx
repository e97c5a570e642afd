// Names in agency cells that are not one agency of the Danh mục. TienDo creates none by itself: the person
// maps each to an existing agency, creates it (code, name and kind proposed, editable), or ignores it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanImportAgencyName } from '../../../shared/api/sheetTypes';
import { AGENCY_KINDS, type AgencyKind } from '../../../shared/domain';
import { Button, Select, TextInput, sortAgencies } from '../../components';
import { useAgencies } from '../../hooks/useReferenceData';
import { foldVietnamese } from '../../../shared/text/fold';
import '../catalog/strings';
import type { AgencyChoice, Choices } from './usePlanImport';

const CELLS_SHOWN = 3;

interface Props {
  names: readonly PlanImportAgencyName[];
  choices: Choices['agencies'];
  disabled: boolean;
  onChange(change: (c: Choices) => Choices): void;
}

function choiceValue(c: AgencyChoice | undefined): string {
  if (!c || c.kind === 'undecided') return '';
  if (c.kind === 'agency') return `agency:${c.agencyId}`;
  if (c.kind === 'create' && c.sameAs) return `same:${c.sameAs}`;
  return c.kind;
}

type Create = Extract<AgencyChoice, { kind: 'create' }>;

export function AgencyNames({ names, choices, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const agencies = useAgencies();
  if (names.length === 0) return null;
  const live = sortAgencies(agencies.filter((a) => !a.archivedAt));
  /** Sets one name's choice; names that are "the same new agency" as it follow its details. */
  const set = (text: string, choice: AgencyChoice) =>
    onChange((c) => {
      const next: Record<string, AgencyChoice> = { ...c.agencies, [text]: choice };
      for (const [other, o] of Object.entries(next))
        if (o.kind === 'create' && o.sameAs === text)
          next[other] =
            choice.kind === 'create' && !choice.sameAs ? { ...choice, sameAs: text } : { kind: 'undecided' };
      return { ...c, agencies: next };
    });
  const proposed = (n: PlanImportAgencyName): Create => ({
    kind: 'create',
    code: n.proposal.code,
    name: n.proposal.name,
    shortName: n.proposal.shortName,
    agencyKind: 'so_ban_nganh',
  });
  // On a new province every name is unknown: one press proposes them all (each still editable), names
  // that differ only in case or diacritics as one agency.
  const open = names.filter((n) => n.kind === 'unknown' && n.resolution === 'refused');
  const createAll = () =>
    onChange((c) => {
      const next: Record<string, AgencyChoice> = { ...c.agencies };
      const first = new Map<string, string>();
      for (const n of open) {
        const key = foldVietnamese(n.text).replace(/\s+/g, ' ').trim();
        const lead = first.get(key);
        const leader = lead ? next[lead] : undefined;
        if (lead && leader?.kind === 'create') next[n.text] = { ...leader, sameAs: lead };
        else {
          first.set(key, n.text);
          next[n.text] = proposed(n);
        }
      }
      return { ...c, agencies: next };
    });
  /** The names the person chose to create as new agencies (not followers): another name may join one. */
  const leaders = Object.entries(choices).filter(
    (e): e is [string, Create] => e[1].kind === 'create' && !e[1].sameAs,
  );

  return (
    <section className="sheet-section" aria-labelledby="import-agencies-title">
      <h3 id="import-agencies-title">{t('planImport.agencies.title')}</h3>
      <p className="sheet-note">{t('planImport.agencies.hint')}</p>
      {open.length > 1 ? (
        <Button size="sm" disabled={disabled} onClick={createAll} data-testid="import-create-all">
          {t('planImport.agencies.createAll', { count: open.length })}
        </Button>
      ) : null}
      <div className="table-scroll">
        <table className="table" data-testid="import-agencies">
          <caption className="visually-hidden">{t('planImport.agencies.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planImport.agencies.text')}</th>
              <th scope="col">{t('planImport.agencies.cells')}</th>
              <th scope="col">{t('planImport.agencies.choice')}</th>
            </tr>
          </thead>
          <tbody>
            {names.map((n) => {
              const choice = choices[n.text];
              const candidates = n.candidates.length
                ? n.candidates
                : live.map((a) => ({ id: a.id, name: a.shortName ? `${a.name} (${a.shortName})` : a.name }));
              const options = [
                { value: 'create', label: t('planImport.agencies.create') },
                { value: 'ignore', label: t('planImport.agencies.ignore') },
                ...leaders
                  .filter(([text]) => text !== n.text)
                  .map(([text]) => ({
                    value: `same:${text}`,
                    label: t('planImport.agencies.sameAs', { text }),
                  })),
                ...candidates.map((a) => ({
                  value: `agency:${a.id}`,
                  label: t('planImport.agencies.mapTo', { name: a.name }),
                })),
              ];
              const pick = (v: string) => {
                if (v === 'create') set(n.text, proposed(n));
                else if (v === 'ignore') set(n.text, { kind: 'ignore' });
                else if (v.startsWith('agency:')) set(n.text, { kind: 'agency', agencyId: v.slice(7) });
                else if (v.startsWith('same:')) {
                  const lead = leaders.find(([text]) => text === v.slice(5));
                  if (lead) set(n.text, { ...lead[1], sameAs: lead[0] });
                } else set(n.text, { kind: 'undecided' });
              };
              return (
                <tr key={n.text} data-testid="import-agency" data-resolution={n.resolution}>
                  <th scope="row">
                    {n.text}
                    <div className="sheet-note">{t(`planImport.agencies.kind.${n.kind}`)}</div>
                  </th>
                  <td>
                    {n.cells.slice(0, CELLS_SHOWN).join(', ')}
                    {n.cells.length > CELLS_SHOWN
                      ? ` ${t('planImport.agencies.more', { count: n.cells.length - CELLS_SHOWN })}`
                      : ''}
                  </td>
                  <td>
                    <Select
                      aria-label={t('planImport.agencies.choiceLabel', { text: n.text })}
                      value={choiceValue(choice)}
                      disabled={disabled}
                      placeholder={t(
                        n.resolution === 'ignored' && !choice
                          ? 'planImport.agencies.collectiveIgnored'
                          : 'planImport.agencies.undecided',
                      )}
                      options={options}
                      data-testid="import-agency-choice"
                      onChange={pick}
                    />
                    {choice?.kind === 'create' && !choice.sameAs ? (
                      <NewAgency
                        text={n.text}
                        choice={choice}
                        disabled={disabled}
                        onChange={(next) => set(n.text, next)}
                      />
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The new agency's code, name and kind; sent when a box is left, so each change is one check. */
function NewAgency({
  text,
  choice,
  disabled,
  onChange,
}: {
  text: string;
  choice: Create;
  disabled: boolean;
  onChange(next: AgencyChoice): void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState(choice.code);
  const [name, setName] = useState(choice.name);
  const commit = () => {
    if (code.trim() !== choice.code || name.trim() !== choice.name)
      onChange({ ...choice, code: code.trim(), name: name.trim() });
  };
  return (
    <div className="new-agency">
      <TextInput
        aria-label={`${t('planImport.agencies.newCode')}: ${text}`}
        value={code}
        disabled={disabled}
        onChange={(e) => setCode(e.target.value)}
        onBlur={commit}
      />
      <TextInput
        aria-label={`${t('planImport.agencies.newName')}: ${text}`}
        value={name}
        disabled={disabled}
        onChange={(e) => setName(e.target.value)}
        onBlur={commit}
      />
      <Select
        aria-label={`${t('planImport.agencies.newKind')}: ${text}`}
        value={choice.agencyKind}
        disabled={disabled}
        options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`catalog.kind.${k}`) }))}
        onChange={(v) => onChange({ ...choice, agencyKind: v as AgencyKind })}
      />
    </div>
  );
}
