// What the secretary writes: number, the four narrative parts, Nơi nhận and the signature block.
import { useTranslation } from 'react-i18next';
import {
  NARRATIVE_KEYS,
  SIGNER_AUTHORITIES,
  type ReportDraft,
  type SignerAuthority,
} from '../../../shared/report/model';
import { Field, Select, TextArea, TextInput } from '../../components';
import { useFormat } from '../../i18n/format';
import type { SaveState } from './useReportDraft';

export interface DraftEditorProps {
  draft: ReportDraft;
  save: SaveState;
  update(change: (d: ReportDraft) => ReportDraft): void;
}

/** What usually follows each authority: TM. BAN CHỈ ĐẠO / TRƯỞNG BAN; KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN. */
const AUTHORITY_DEFAULTS: Record<SignerAuthority, { authorityName: string; title: string }> = {
  'TM.': { authorityName: 'BAN CHỈ ĐẠO', title: 'TRƯỞNG BAN' },
  'KT.': { authorityName: 'TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN' },
  '': { authorityName: '', title: 'TRƯỞNG BAN' },
};

function SaveNote({ save, saved }: { save: SaveState; saved: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const text =
    save.kind === 'saving'
      ? t('reports.draft.saving')
      : save.kind === 'saved'
        ? t('reports.draft.saved', { time: fmt.dateTime(save.at).slice(11) })
        : save.kind === 'error'
          ? t('reports.draft.notSaved', { message: save.message })
          : saved
            ? ''
            : t('reports.draft.unsavedDefaults');
  return (
    <span
      className={`draft-save${save.kind === 'error' ? ' draft-save-error' : ''}`}
      role="status"
      data-testid="draft-save"
    >
      {text}
    </span>
  );
}

export function DraftEditor({ draft, save, update }: DraftEditorProps) {
  const { t } = useTranslation();
  const setSection = (key: (typeof NARRATIVE_KEYS)[number], text: string) =>
    update((d) => ({ ...d, sections: { ...d.sections, [key]: text } }));
  const setSigner = (patch: Partial<ReportDraft['signer']>) =>
    update((d) => ({ ...d, signer: { ...d.signer, ...patch } }));
  return (
    <section className="panel report-draft" aria-labelledby="report-draft-title">
      <div className="panel-title">
        <h2 id="report-draft-title">{t('reports.draft.title')}</h2>
        <SaveNote save={save} saved={draft.updatedAt !== null} />
      </div>
      <Field label={t('reports.draft.docNumber')} hint={t('reports.draft.docNumberHint')}>
        {(c) => (
          <TextInput
            {...c}
            data-testid="draft-docNumber"
            value={draft.docNumber}
            maxLength={100}
            onChange={(e) => update((d) => ({ ...d, docNumber: e.target.value }))}
          />
        )}
      </Field>
      {NARRATIVE_KEYS.map((key) => (
        <Field
          key={key}
          label={t(`reports.draft.sections.${key}`)}
          hint={
            draft.sections[key].trim()
              ? undefined
              : key === 'achievements' || key === 'shortcomings'
                ? t('reports.draft.generatedHint')
                : t('reports.draft.emptyHint')
          }
        >
          {(c) => (
            <TextArea
              {...c}
              data-testid={`draft-${key}`}
              rows={key === 'achievements' ? 6 : 4}
              value={draft.sections[key]}
              onChange={(e) => setSection(key, e.target.value)}
            />
          )}
        </Field>
      ))}
      <Field label={t('reports.draft.recipients')} hint={t('reports.draft.recipientsHint')}>
        {(c) => (
          <TextArea
            {...c}
            data-testid="draft-recipients"
            rows={5}
            value={draft.recipients.join('\n')}
            onChange={(e) => update((d) => ({ ...d, recipients: e.target.value.split('\n') }))}
          />
        )}
      </Field>
      <fieldset className="report-signer">
        <legend>{t('reports.draft.signer')}</legend>
        <div className="form-grid">
          <Field label={t('reports.draft.authority')}>
            {(c) => (
              <Select
                {...c}
                value={draft.signer.authority}
                options={SIGNER_AUTHORITIES.map((a) => ({
                  value: a,
                  label: t(`reports.draft.authorities.${a}`),
                }))}
                onChange={(a) =>
                  setSigner({ authority: a as SignerAuthority, ...AUTHORITY_DEFAULTS[a as SignerAuthority] })
                }
              />
            )}
          </Field>
          <Field label={t('reports.draft.authorityName')} hint={t('reports.draft.authorityNameHint')}>
            {(c) => (
              <TextInput
                {...c}
                value={draft.signer.authorityName}
                disabled={draft.signer.authority === ''}
                onChange={(e) => setSigner({ authorityName: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('reports.draft.signerTitle')}>
            {(c) => (
              <TextInput
                {...c}
                value={draft.signer.title}
                onChange={(e) => setSigner({ title: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('reports.draft.signerName')}>
            {(c) => (
              <TextInput
                {...c}
                data-testid="draft-signerName"
                value={draft.signer.name}
                onChange={(e) => setSigner({ name: e.target.value })}
              />
            )}
          </Field>
        </div>
      </fieldset>
    </section>
  );
}
