// How a meeting's conclusions are going, in its row of the meeting list: a thin bar of done / on time /
// late and one link per count to the meeting's conclusions filtered by that state. The bar is decoration;
// the links carry the words ("2 đã hoàn thành", "1 quá hạn"), so a screen reader hears the same numbers.
import { useTranslation } from 'react-i18next';
import type { MeetingListItem } from '../../../shared/api/types';
import type { ConclusionProgress } from '../../../shared/rules/conclusionProgress';
import { conclusionsHref } from './links';

const SHOWN: readonly Exclude<ConclusionProgress, 'other'>[] = ['done', 'on_time', 'late'];

export function ConclusionProgressCell({ meeting }: { meeting: MeetingListItem }) {
  const { t } = useTranslation();
  const p = meeting.progress;
  const total = p.done + p.on_time + p.late + p.other;
  if (total === 0) return <span className="muted">{t('meetings.progress.none')}</span>;
  return (
    <div className="conclusion-progress" data-testid="meeting-progress">
      <div className="progress-stack" aria-hidden="true">
        {SHOWN.map((k) =>
          p[k] > 0 ? <span key={k} className={`stack-${k}`} style={{ flexGrow: p[k] }} /> : null,
        )}
        {p.other > 0 ? <span className="stack-other" style={{ flexGrow: p.other }} /> : null}
      </div>
      <ul className="progress-chips">
        {SHOWN.map((k) => (
          <li key={k}>
            <a
              href={conclusionsHref(meeting.id, k)}
              className={`chip chip-${k}`}
              data-testid={`meeting-progress-${k}`}
              aria-label={t(`meetings.progress.linkLabel.${k}`, { count: p[k], number: meeting.number })}
            >
              {t(`meetings.progress.${k}`, { count: p[k] })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
