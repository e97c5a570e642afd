// Names in agency cells that are not one agency of the Danh mục. TienDo creates none by itself: the person
// maps each to an existing agency, creates it (code, name and kind proposed, editable), or ignores it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanImportAgencyName } from '../../../shared/api/sheetTypes';
import { AGENCY_KINDS, type AgencyKind } from '../../../shared/domain';
import { Button, Select, TextInput, sortAgencies } from '../../components';
import { useReferenceData } from '../../hooks/useReferenceData';
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
  return c.kind;
}

export function AgencyNames({ names, choices, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const agencies = useReferenceData((s) => s.agencies);
  if (names.length === 0) return null;
  const live = sortAgencies(agencies.filter((a) => !a.archivedAt));
  const set = (text: string, choice: AgencyChoice) =>
    onChange((c) => ({ ...c, agencies: { ...c.agencies, [text]: choice } }));
  const proposed = (n: PlanImportAgencyName): AgencyChoice => ({
    kind: 'create',
    code: n.proposal.code,
    name: n.proposal.name,
    shortName: n.proposal.shortName,
    agencyKind: 'so_ban_nganh',
  });
  // On a new province every name is unknown: one press proposes them all (each still editable).
  const open = names.filter((n) => n.kind === 'unknown' && n.resolution === 'refused');
  const createAll = () =>
    onChange((c) => ({
      ...c,
      agencies: { ...c.agencies, ...Object.fromEntries(open.map((n) => [n.text, proposed(n)])) },
    }));

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
                ...candidates.map((a) => ({
                  value: `agency:${a.id}`,
                  label: t('planImport.agencies.mapTo', { name: a.name }),
                })),
              ];
              const pick = (v: string) => {
                if (v === 'create') set(n.text, proposed(n));
                else if (v === 'ignore') set(n.text, { kind: 'ignore' });
                else if (v.startsWith('agency:')) set(n.text, { kind: 'agency', agencyId: v.slice(7) });
                else set(n.text, { kind: 'undecided' });
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
                      placeholder={t('planImport.agencies.undecided')}
                      options={options}
                      data-testid="import-agency-choice"
                      onChange={pick}
                    />
                    {choice?.kind === 'create' ? (
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
  choice: Extract<AgencyChoice, { kind: 'create' }>;
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
