// The meeting's particulars as a compact description list (who chaired, how, where, who attended).
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../shared/api/types';
import { useFormat } from '../../i18n/format';

export function MeetingInfo({ meeting: m }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const notice = m.noticeNumber
    ? m.noticeDate
      ? t('meetings.detail.noticeDated', { number: m.noticeNumber, date: fmt.date(m.noticeDate) })
      : t('meetings.detail.noticeValue', { number: m.noticeNumber })
    : t('meetings.detail.noNotice');
  const rows: [string, string][] = [
    [t('meetings.detail.chair'), m.chair],
    [t('meetings.detail.mode'), [t(`meetings.mode.${m.mode}`), m.location].filter(Boolean).join(' · ')],
    [t('meetings.detail.attendees'), m.attendees],
    [t('meetings.detail.agenda'), m.agenda],
    [t('meetings.detail.notice'), notice],
  ];
  return (
    <dl className="meeting-info" data-testid="meeting-info">
      {rows
        .filter(([, value]) => value.trim() !== '')
        .map(([label, value]) => (
          <div key={label} className="meeting-info-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
