// Handlers of the report, signing and submission methods (the "reports and submissions" block of the
// contract). Kept apart from main/api.ts, which spreads them in. The signing identity lives in the folder of
// the database file (the user-data folder in the desktop app), so it travels with the data it signs for.
// The job registry is made by main/api.ts and shared with the meeting documents' export, so jobs.get and
// the submission methods here answer for every exported file, whatever kind.
import path from 'node:path';
import type { Handlers } from '../shared/api/contract';
import type { AppHost } from './app';
import { appError } from './errors';
import { enqueueMail, listOutbox, retryNow } from './mail/outbox';
import type { JobRegistry } from './services/jobs';
import { getReportDraft, saveReportDraft } from './services/reports/drafts';
import { exportReport } from './services/reports/export';
import { certificateDownload, createAppIdentity, getSigningIdentity } from './services/reports/identity';
import { buildDocumentMail } from './services/reports/mail';
import { getPlan } from './services/plans';
import { reportChecklist } from './services/reports/checklist';
import { buildReportModel } from './services/reports/model';
import { signWithFrom } from './services/reports/pipeline';
import {
  getSubmission,
  listSubmissions,
  markEmailDraft,
  submissionContent,
} from './services/reports/submissions';
import { verifyReportFile } from './services/reports/verify';
import { getSettings, getSmtpSecret } from './services/settings';
import { verifyOptionsOf } from './services/trust';
import { parsePeriod } from '../shared/rules/periods';
import { formatDate } from '../shared/format/vi';
import { isProvisional } from '../shared/report/provisional';

export type ReportMethod =
  | 'reports.draft.get'
  | 'reports.draft.save'
  | 'reports.preview'
  | 'reports.checklist'
  | 'reports.export'
  | 'jobs.get'
  | 'reports.verify'
  | 'signing.identity.get'
  | 'signing.identity.create'
  | 'signing.identity.exportCertificate'
  | 'submissions.list'
  | 'submissions.download'
  | 'submissions.emailDraft'
  | 'submissions.queueEmail'
  | 'outbox.list'
  | 'outbox.retry';

const EML_TYPE = 'message/rfc822';

/** The folder of the signing identity: beside the database file, so it travels with the data it signs for. */
export const identityDirOf = (host: AppHost): string => path.dirname(host.options.dbFile);

export function createReportHandlers(host: AppHost, jobs: JobRegistry): Pick<Handlers, ReportMethod> {
  const c = () => host.ctx;
  const identityDir = () => identityDirOf(host);

  const recipient = (to: string | undefined): string => {
    const address = to ?? getSettings(c()).centreEmail;
    if (!address) throw appError('THIEU_DIA_CHI_NHAN', {});
    return address;
  };
  const mailFor = async (submissionId: string, to: string) => {
    const { submission, content } = submissionContent(c(), submissionId);
    const settings = getSettings(c());
    const mail = await buildDocumentMail({
      content,
      fileName: submission.fileName,
      to,
      from: settings.smtp?.from ?? null,
      date: c().now(),
      provinceName: settings.provinceName,
      committeeName: settings.committeeName,
    });
    return { submission, ...mail };
  };

  return {
    'reports.draft.get': (i) => getReportDraft(c(), i),
    'reports.draft.save': (i) => saveReportDraft(c(), i),
    'reports.preview': (i) => buildReportModel(c(), i),
    'reports.checklist': (i) => reportChecklist(c(), i),
    'reports.export': (i) => {
      // Check the plan now (the period is checked by the schema), so a wrong request fails the call, not the job.
      getPlan(c(), i.planId);
      // A running period's figures are provisional: signed only once the person has confirmed it.
      const period = parsePeriod(i.period);
      if (period && i.signWith.kind !== 'none' && !i.provisional && isProvisional(period, c().today()))
        throw appError('KY_CHUA_KET_THUC', {
          label: period.label,
          period: period.key,
          to: formatDate(period.to),
          today: formatDate(c().today()),
        });
      const signWith = signWithFrom(i.signWith);
      const jobId = jobs.start(async (progress) => {
        const { content: _bytes, ...result } = await exportReport(
          c(),
          identityDir(),
          { planId: i.planId, period: i.period, kind: i.kind, format: i.format, signWith },
          progress,
        );
        return result;
      });
      return { jobId };
    },
    'jobs.get': (i) => jobs.get(i.id),
    // Confirmed: the file's trust list (signers, CAs, revocation lists) and this machine's own identity.
    'reports.verify': (i) =>
      verifyReportFile(Buffer.from(i.fileBase64, 'base64'), {
        identityDir: identityDir(),
        ...verifyOptionsOf(c()),
      }),
    'signing.identity.get': () => getSigningIdentity(identityDir()),
    'signing.identity.create': (i) => createAppIdentity(c(), identityDir(), i),
    'signing.identity.exportCertificate': (i) => certificateDownload(identityDir(), i.format),
    'submissions.list': (i) => listSubmissions(c(), i),
    'submissions.download': (i) => {
      const { submission, content, contentType } = submissionContent(c(), i.submissionId);
      return { fileName: submission.fileName, contentType, base64: content.toString('base64') };
    },
    'submissions.emailDraft': async (i) => {
      const { submission, eml } = await mailFor(i.submissionId, recipient(i.to));
      markEmailDraft(c(), submission.id);
      return {
        fileName: submission.fileName.replace(/\.(xlsx|docx)$/i, '.eml'),
        contentType: EML_TYPE,
        base64: eml.toString('base64'),
      };
    },
    'submissions.queueEmail': async (i) => {
      if (!getSmtpSecret(c())) throw appError('CHUA_CAU_HINH_SMTP', {});
      const to = recipient(i.to);
      const { submission, subject, eml } = await mailFor(i.submissionId, to);
      enqueueMail(c(), { submissionId: submission.id, to, subject, eml });
      void host.sendQueuedMail(); // the line may be up right now: try at once, not at the next tick
      return getSubmission(c(), submission.id);
    },
    'outbox.list': () => listOutbox(c()),
    'outbox.retry': (i) => {
      const item = retryNow(c(), i.id);
      void host.sendQueuedMail();
      return item;
    },
  };
}
