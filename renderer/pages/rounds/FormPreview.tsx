// One returned form before it is applied: whose form it is and its state, what it changes (old -> new,
// with the plausibility warnings), the conflicts where TienDo's record changed after the form was issued
// (the person chooses per row which value to keep), and why it is refused, row by row.
import { useTranslation } from 'react-i18next';
import type { FormConflict, FormFileCheck } from '../../../shared/api/sheetTypes';
import { useFormat } from '../../i18n/format';
import { ProblemTable } from '../sheets/ProblemTable';

export type Choice = 'form' | 'tiendo';

interface Props {
  file: FormFileCheck;
  choices: Record<string, Choice>;
  onChoose(key: string, choice: Choice): void;
}

export function FormPreview({ file, choices, onChoose }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const title = file.form
    ? t('rounds.file.of', { agency: file.form.agencyName, period: file.form.periodLabel })
    : file.fileName;
  return (
    <article className="panel form-preview" data-testid="form-preview" data-status={file.status}>
      <header className="form-preview-head">
        <h5>{title}</h5>
        <span className={`badge state-${file.status}`}>{t(`rounds.file.state.${file.status}`)}</span>
      </header>
      <p className="sheet-note">
        {file.fileName}
        {file.formDate ? ` · ${t('rounds.file.formDate', { date: f.date(file.formDate) })}` : ''}
        {file.unchanged > 0 ? ` · ${t('rounds.file.unchanged', { count: file.unchanged })}` : ''}
      </p>
      {file.status === 'already' && file.importedAt ? (
        <p>{t('rounds.file.already', { date: f.dateTime(file.importedAt) })}</p>
      ) : null}
      {file.status === 'nothing' ? <p>{t('rounds.file.nothing')}</p> : null}
      {file.problems.length > 0 ? (
        <>
          <h6>{t('rounds.file.problemsTitle')}</h6>
          <ProblemTable
            problems={file.problems}
            caption={t('rounds.file.problemsCaption')}
            testId="form-problems"
          />
        </>
      ) : null}
      {file.conflicts.length > 0 ? (
        <Conflicts conflicts={file.conflicts} choices={choices} onChoose={onChoose} />
      ) : null}
      {file.changes.length > 0 ? (
        <div className="table-scroll">
          <table className="table form-changes" data-testid="form-changes">
            <caption className="visually-hidden">{t('rounds.file.changesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rounds.file.code')}</th>
                <th scope="col">{t('rounds.file.name')}</th>
                <th scope="col">{t('rounds.file.field')}</th>
                <th scope="col">{t('rounds.file.change')}</th>
                <th scope="col">{t('rounds.file.where')}</th>
              </tr>
            </thead>
            <tbody>
              {file.changes.map((c) => (
                <tr key={c.key} data-testid="form-change">
                  <td>{c.code}</td>
                  <td className="form-change-name">{c.name}</td>
                  <td>{c.label}</td>
                  <td>
                    <span className="change-before">{c.before}</span>
                    <span className="change-arrow"> → </span>
                    <strong>{c.after}</strong>
                    {c.warnings.map((w) => (
                      <p key={w.code} className="badge state-warning form-warning">
                        {t('rounds.file.warning')}: {w.message}
                      </p>
                    ))}
                  </td>
                  <td>
                    {c.sheet}!{c.column}
                    {c.row}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {file.notes.length > 0 ? (
        <>
          <h6>{t('rounds.file.notesTitle')}</h6>
          <ProblemTable problems={file.notes} caption={t('rounds.file.notesCaption')} />
        </>
      ) : null}
    </article>
  );
}

function Conflicts({
  conflicts,
  choices,
  onChoose,
}: {
  conflicts: readonly FormConflict[];
  choices: Record<string, Choice>;
  onChoose(key: string, choice: Choice): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-conflicts" data-testid="form-conflicts">
      <h6>{t('rounds.file.conflictsTitle')}</h6>
      <p className="sheet-note">{t('rounds.file.conflictsHint')}</p>
      <ul className="conflict-list">
        {conflicts.map((c) => {
          const chosen = choices[c.key] ?? 'tiendo';
          return (
            <li key={c.key} data-testid="form-conflict">
              <fieldset>
                <legend>
                  {c.code} · {c.name} · {c.label} ({c.sheet}!{c.column}
                  {c.row})
                </legend>
                <label className="check-row">
                  <input
                    type="radio"
                    name={`conflict-${c.key}`}
                    checked={chosen === 'tiendo'}
                    onChange={() => onChoose(c.key, 'tiendo')}
                  />
                  {t('rounds.file.keepTiendo', { value: c.currentValue })}
                </label>
                <label className="check-row">
                  <input
                    type="radio"
                    name={`conflict-${c.key}`}
                    checked={chosen === 'form'}
                    onChange={() => onChoose(c.key, 'form')}
                  />
                  {t('rounds.file.keepForm', { value: c.formValue })}
                </label>
              </fieldset>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
