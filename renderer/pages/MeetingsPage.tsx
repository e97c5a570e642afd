// Phiên họp: the list of meetings, or one meeting (#/meetings?id=…&view=briefing|notice).
import { useRoute } from '../stores/route';
import { MeetingDetailPage, viewOf } from './meetings/MeetingDetail';
import { MeetingList } from './meetings/MeetingList';
import './meetings/strings';
import './meetings/briefingStrings';
import './meetings/followupStrings';
import './meetings/meetings.css';

export function MeetingsPage() {
  const params = useRoute((s) => s.params);
  return params.id ? (
    <MeetingDetailPage key={params.id} id={params.id} view={viewOf(params.view)} />
  ) : (
    <MeetingList />
  );
}
