// Handlers of the meeting documents' export (the "meetings: briefing and notice" block of the contract),
// spread into main/api.ts beside the report handlers. The export runs as a background job in the registry
// the report handlers share, and the file becomes a submission like any report, so jobs.get and the
// submission methods (download, mail) of main/api-reports.ts serve meeting documents too.
import type { Handlers, ParsedInput } from '../shared/api/contract';
import type { DocumentFormat } from '../shared/report/formats';
import type { AppHost } from './app';
import { identityDirOf } from './api-reports';
import { buildBriefing } from './services/briefing';
import { exportMeetingDocument } from './services/briefing/export';
import type { JobRegistry } from './services/jobs';
import { getMeeting } from './services/meetings';
import { signWithFrom } from './services/reports/pipeline';
import type { MeetingDocument } from './services/reports/submissions';

type MeetingExportMethod = 'meetings.exportBriefing' | 'meetings.exportNotice';

export function createMeetingDocumentHandlers(
  host: AppHost,
  jobs: JobRegistry,
): Pick<Handlers, MeetingExportMethod> {
  const c = () => host.ctx;

  const start = (
    document: MeetingDocument,
    i: ParsedInput<'meetings.exportBriefing'>,
    format: DocumentFormat = 'xlsx',
  ) => {
    // Check the meeting now, so a wrong request fails the call rather than the job.
    if (document === 'briefing') buildBriefing(c(), i.meetingId);
    else getMeeting(c(), i.meetingId);
    const signWith = signWithFrom(i.signWith);
    const jobId = jobs.start(async (progress) => {
      const { content: _bytes, ...result } = await exportMeetingDocument(
        c(),
        identityDirOf(host),
        { meetingId: i.meetingId, document, format, signWith },
        progress,
      );
      return result;
    });
    return { jobId };
  };

  return {
    'meetings.exportBriefing': (i) => start('briefing', i),
    'meetings.exportNotice': (i) => start('notice', i, i.format),
  };
}
