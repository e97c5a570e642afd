// The returned forms of a round: many files dropped at once, each checked by the backend (forms.check,
// which writes nothing), the preview per agency with its conflicts to decide, then the apply (one change
// set per form, the agency as actor), with "Hoàn tác" per form in the result.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormApplyResult, FormCheckResult } from '../../../shared/api/sheetTypes';
import { api } from '../../api/client';
import { write } from '../../api/writes';
import { Button, ErrorBanner } from '../../components';
import { undoWithStatus } from '../../stores/changes';
import { showStatus } from '../../stores/status';
import { FileDrop, type Upload } from '../sheets/FileDrop';
import { FormPreview, type Choice } from './FormPreview';

type Choices = Record<string, Record<string, Choice>>;

export function ReturnedForms({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<Upload[]>([]);
  const [check, setCheck] = useState<FormCheckResult | null>(null);
  const [choices, setChoices] = useState<Choices>({});
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState<'check' | 'apply' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [refused, setRefused] = useState<string[]>([]);
  const [result, setResult] = useState<FormApplyResult | null>(null);
  const [undone, setUndone] = useState<ReadonlySet<number>>(new Set());

  const runCheck = async (next: Upload[]) => {
    setBusy('check');
    setError(null);
    try {
      setCheck(await api.call('forms.check', { roundId, files: next }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const add = (dropped: Upload[]) => {
    // A file dropped again replaces the earlier one of that name.
    const names = new Set(dropped.map((d) => d.fileName));
    const next = [...files.filter((f) => !names.has(f.fileName)), ...dropped];
    setFiles(next);
    setResult(null);
    void runCheck(next);
  };
  const clear = () => {
    setFiles([]);
    setCheck(null);
    setChoices({});
    setConfirm(false);
    setError(null);
  };

  const ready = check?.files.filter((f) => f.status === 'ready') ?? [];
  const warned = ready.some((f) => f.changes.some((c) => c.warnings.length > 0));
  const apply = async () => {
    setBusy('apply');
    setError(null);
    try {
      const done = await write('forms.apply', { roundId, files, choices, confirmWarnings: confirm });
      setResult(done);
      setUndone(new Set());
      const applied = done.files.filter((f) => f.applied).length;
      showStatus(t('rounds.returned.doneStatus', { count: applied }), done.ok ? 'success' : 'error');
      if (done.ok) clear();
      else setCheck({ files: done.files });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="sheet-section returned-forms" aria-labelledby="returned-title">
      <h3 id="returned-title">{t('rounds.returned.title')}</h3>
      <FileDrop
        accept={['.xlsx']}
        multiple
        label={t('rounds.returned.drop')}
        hint={t('rounds.returned.hint')}
        busy={busy !== null}
        testId="returned-drop"
        onRefused={setRefused}
        onFiles={(dropped) => {
          setRefused([]);
          add(dropped);
        }}
      />
      {refused.map((m) => (
        <p key={m} className="field-error" role="alert">
          {m}
        </p>
      ))}
      <p className="sheet-note" role="status">
        {busy === 'check' ? t('rounds.returned.checking', { count: files.length }) : ''}
      </p>
      <ErrorBanner error={error} />
      {result ? (
        <div className="panel returned-result" data-testid="returned-result">
          <h4>{t('rounds.returned.appliedTitle')}</h4>
          <ul>
            {result.files.map((f) => {
              const agency = f.form?.agencyName ?? f.fileName;
              const set = f.changeSet;
              return (
                <li key={f.sha256} data-testid="returned-result-file">
                  {f.applied
                    ? f.updatedRows > 0
                      ? t('rounds.returned.applied', { agency, count: f.updatedRows })
                      : t('rounds.returned.appliedNothing', { agency })
                    : f.status === 'nothing' || f.status === 'already'
                      ? t('rounds.returned.appliedNothing', { agency })
                      : t('rounds.returned.notApplied', { file: f.fileName })}{' '}
                  {set?.undoable && !undone.has(set.id) ? (
                    <Button
                      size="sm"
                      data-testid="returned-undo"
                      aria-label={t('rounds.returned.undo', { agency })}
                      onClick={() =>
                        void undoWithStatus(set.id).then(
                          (view) => view && setUndone((u) => new Set([...u, set.id])),
                        )
                      }
                    >
                      {t('changes.undo')}
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {check && files.length > 0 ? (
        <div className="returned-preview" data-testid="returned-preview">
          <h4>{t('rounds.returned.previewTitle')}</h4>
          {check.files.map((f) => (
            <FormPreview
              key={f.sha256}
              file={f}
              choices={choices[f.sha256] ?? {}}
              onChoose={(key, choice) =>
                setChoices((c) => ({ ...c, [f.sha256]: { ...c[f.sha256], [key]: choice } }))
              }
            />
          ))}
          <div className="import-apply">
            {warned ? (
              <label className="check-row">
                <input
                  type="checkbox"
                  checked={confirm}
                  onChange={(e) => setConfirm(e.target.checked)}
                  data-testid="returned-confirm"
                />
                {t('rounds.returned.confirmWarnings')}
              </label>
            ) : null}
            {warned && !confirm ? <p className="field-error">{t('rounds.returned.warningsFirst')}</p> : null}
            {ready.length === 0 ? <p className="sheet-note">{t('rounds.returned.nothingToApply')}</p> : null}
            <Button onClick={clear} disabled={busy !== null}>
              {t('rounds.returned.clear')}
            </Button>
            <Button
              variant="primary"
              busy={busy === 'apply'}
              disabled={busy !== null || ready.length === 0 || (warned && !confirm)}
              onClick={() => void apply()}
              data-testid="returned-apply"
            >
              {busy === 'apply'
                ? t('rounds.returned.applyBusy')
                : t('rounds.returned.apply', { count: ready.length })}
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
