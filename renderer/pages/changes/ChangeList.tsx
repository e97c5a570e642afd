// A history as a list of actions, newest first: what the person did (the change set's label), who and
// when, each field it changed as before → after in words, and "Hoàn tác" where it can be undone (or why not).
import './strings';
import './changes.css';
import { useTranslation } from 'react-i18next';
import type { ChangeSetView } from '../../../shared/api/types';
import { useFormat } from '../../i18n/format';
import { describeEntry, type EntryView } from './describeEntry';
import { UndoButton } from './UndoButton';
import { actorText, cannotUndoText, labelText } from './changeWords';

interface Props {
  views: ChangeSetView[];
  /** Name the record above each entry's fields (the file's log, where entries are about many records). */
  showSubjects?: boolean;
  empty?: string;
  testId?: string;
}

function FieldsTable({ entry }: { entry: EntryView }) {
  const { t } = useTranslation();
  if (entry.kind === 'created') return <p className="change-why">{t('history.created')}</p>;
  if (entry.kind === 'removed') return <p className="change-why">{t('history.removed')}</p>;
  if (entry.fields.length === 0) return <p className="change-why">{t('history.noFieldChange')}</p>;
  return (
    <table className="table change-table history-table">
      <thead>
        <tr>
          <th scope="col">{t('history.field')}</th>
          <th scope="col">{t('history.before')}</th>
          <th scope="col">{t('history.after')}</th>
        </tr>
      </thead>
      <tbody>
        {entry.fields.map((f) => (
          <tr key={f.field}>
            <th scope="row">{f.label}</th>
            <td className="change-before history-before">{f.before}</td>
            <td className="history-after">{f.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ChangeList({ views, showSubjects = false, empty, testId }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (views.length === 0) return <p className="muted">{empty ?? t('history.empty')}</p>;
  return (
    <ol className="change-list history" data-testid={testId}>
      {views.map((view, i) => {
        const d = { t, fmt, names: view.names };
        const entries = view.entries.map((e) => describeEntry(d, e));
        const hidden = view.entryCount - view.entries.length;
        // A record's own history names no subject; the file's log, or an action over several records, does.
        const named = showSubjects || new Set(entries.map((e) => e.subject)).size > 1;
        const id = view.id;
        return (
          <li
            key={id ?? `legacy-${view.entries[0]?.seq ?? i}`}
            className="change-item history-entry"
            data-testid="history-entry"
            data-change-set={id ?? undefined}
          >
            <p className="change-head history-head">
              <span className="change-label" data-testid="change-label">
                {labelText(t, view)}
              </span>
              <span className="change-meta">
                <time dateTime={view.at}>{fmt.dateTime(view.at)}</time> ·{' '}
                {t('history.by', { actor: actorText(t, view.actor) })}
              </span>
            </p>
            {entries.map((entry, j) => (
              <div key={view.entries[j]!.seq}>
                {named ? <p className="change-subject">{entry.subject}</p> : null}
                <FieldsTable entry={entry} />
              </div>
            ))}
            {hidden > 0 ? (
              <p className="change-more">
                {t(showSubjects ? 'history.more' : 'history.alsoOthers', { count: hidden })}
              </p>
            ) : null}
            <div className="change-foot">
              {id !== null && view.cannotUndo === null ? (
                <UndoButton view={{ ...view, id }} />
              ) : (
                <p className="change-why" title={cannotUndoText(t, view) ?? undefined}>
                  {cannotUndoText(t, view) ?? t('history.cannotUndo')}
                </p>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
