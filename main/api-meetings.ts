// Handlers of the meeting documents' export (the "meetings: briefing and notice" block of the contract),
// spread into main/api.ts after the report handlers. The export runs as a background job of the same
// JobRegistry class as reports.export; jobs.get and the two mail methods answer for meeting documents
// here and hand everything else to the report handlers, so the renderer uses one path for both.
// (If createReportHandlers ever takes the registry as a parameter and its mail step dispatches on
// isMeetingDocument, the three wrappers below reduce to nothing.)
import path from 'node:path';
import type { Handlers, ParsedInput } from '../shared/api/contract';
import type { AppHost } from './app';
import type { ReportMethod } from './api-reports';
import { AppError } from './errors';
import { enqueueMail } from './mail/outbox';
import { buildBriefing } from './services/briefing';
import {
  exportMeetingDocument,
  MEETING_DOCUMENT_KINDS,
  type MeetingDocument,
} from './services/briefing/export';
import { buildMeetingMail } from './services/briefing/mail';
import { JobRegistry } from './services/jobs';
import type { SignWith } from './services/reports/export';
import { getSubmission, markEmailDraft, submissionContent } from './services/reports/submissions';
import { getMeeting } from './services/meetings';
import { getSettings, getSmtpSecret } from './services/settings';

type MeetingExportMethod = 'meetings.exportBriefing' | 'meetings.exportNotice';
type Shared = 'jobs.get' | 'submissions.emailDraft' | 'submissions.queueEmail';

const MEETING_KINDS = new Set<string>(Object.values(MEETING_DOCUMENT_KINDS));
const EML_TYPE = 'message/rfc822';

export function createMeetingDocumentHandlers(
  host: AppHost,
  reports: Pick<Handlers, ReportMethod>,
): Pick<Handlers, MeetingExportMethod | Shared> {
  const c = () => host.ctx;
  // Same folder as the report handlers use: the signing identity travels with the database file.
  const identityDir = () => path.dirname(host.options.dbFile);
  const jobs = new JobRegistry();
  const mine = new Set<string>();

  const start = (document: MeetingDocument, i: ParsedInput<'meetings.exportBriefing'>) => {
    // Check the meeting now, so a wrong request fails the call rather than the job.
    if (document === 'briefing') buildBriefing(c(), i.meetingId);
    else getMeeting(c(), i.meetingId);
    const signWith: SignWith =
      i.signWith.kind === 'p12'
        ? { kind: 'p12', p12: Buffer.from(i.signWith.p12Base64, 'base64'), password: i.signWith.password }
        : i.signWith;
    const jobId = jobs.start(async (progress) => {
      const { content: _bytes, ...result } = await exportMeetingDocument(
        c(),
        identityDir(),
        { meetingId: i.meetingId, document, signWith },
        progress,
      );
      return result;
    });
    mine.add(jobId);
    return { jobId };
  };

  const isMeetingSubmission = (id: string) => MEETING_KINDS.has(getSubmission(c(), id).kind);
  const mailFor = async (submissionId: string, to: string | undefined) => {
    const { submission, content } = submissionContent(c(), submissionId);
    const settings = getSettings(c());
    const address = to ?? settings.centreEmail;
    if (!address)
      throw new AppError(
        'THIEU_DIA_CHI',
        'Chưa có địa chỉ nhận. Hãy nhập địa chỉ, hoặc đặt "Địa chỉ nhận báo cáo" trong Cài đặt.',
      );
    const mail = await buildMeetingMail({
      content,
      fileName: submission.fileName,
      to: address,
      from: settings.smtp?.from ?? null,
      date: c().now(),
      provinceName: settings.provinceName,
      committeeName: settings.committeeName,
    });
    return { submission, to: address, ...mail };
  };

  return {
    'meetings.exportBriefing': (i) => start('briefing', i),
    'meetings.exportNotice': (i) => start('notice', i),
    'jobs.get': (i) => (mine.has(i.id) ? jobs.get(i.id) : reports['jobs.get'](i)),
    'submissions.emailDraft': async (i) => {
      if (!isMeetingSubmission(i.submissionId)) return reports['submissions.emailDraft'](i);
      const { submission, eml } = await mailFor(i.submissionId, i.to);
      markEmailDraft(c(), submission.id);
      return {
        fileName: submission.fileName.replace(/\.xlsx$/i, '.eml'),
        contentType: EML_TYPE,
        base64: eml.toString('base64'),
      };
    },
    'submissions.queueEmail': async (i) => {
      if (!isMeetingSubmission(i.submissionId)) return reports['submissions.queueEmail'](i);
      if (!getSmtpSecret(c()))
        throw new AppError(
          'CHUA_CAU_HINH_SMTP',
          'Chưa cấu hình máy chủ thư (SMTP) trong Cài đặt; hãy tạo tệp thư (.eml) để gửi bằng phần mềm thư.',
        );
      const { submission, to, subject, eml } = await mailFor(i.submissionId, i.to);
      enqueueMail(c(), { submissionId: submission.id, to, subject, eml });
      void host.sendQueuedMail(); // the line may be up right now: try at once, not at the next tick
      return getSubmission(c(), submission.id);
    },
  };
}
