// The notice of conclusions of a meeting: generated from its conclusions until the secretary saves an
// edited text, then kept as written (one row per meeting in meeting_notice, every save audited).
// Regenerating is the secretary's choice in the app (the draft is always returned beside the saved text).
import type { MeetingNotice } from '../../../shared/api/types';
import type { SignerBlock } from '../../../shared/report/model';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { getMeeting } from '../meetings';
import { joinRecipients, signerFromRow, type SignerColumns } from '../reports/draftRows';
import { assertActive } from '../rows';
import { getSettings } from '../settings';
import { noticeDraft } from './noticeText';
import { all, one, sql } from '../../db/sql';

export const DEFAULT_NOTICE_SIGNER: SignerBlock = {
  authority: 'KT.',
  authorityName: 'TRƯỞNG BAN',
  title: 'PHÓ TRƯỞNG BAN',
  name: '',
};
export const DEFAULT_NOTICE_RECIPIENTS = [
  'Thành viên Ban Chỉ đạo',
  'Các cơ quan, đơn vị được giao nhiệm vụ',
  'Lưu: VT',
];

interface Row extends SignerColumns {
  body: string;
  recipients: string;
  updated_at: string;
}

export interface NoticeInput {
  meetingId: string;
  body: string;
  recipients: string[];
  signer: SignerBlock;
}

function generate(ctx: ServiceContext, meetingId: string): string {
  const meeting = getMeeting(ctx, meetingId);
  const settings = getSettings(ctx);
  const names = all<{ id: string; name: string }>(ctx, sql`SELECT id, name FROM agency`);
  return noticeDraft(meeting, {
    committeeName: settings.committeeName,
    secretariatAgency: settings.secretariatAgency,
    agencyNames: new Map(names.map((a) => [a.id, a.name])),
  });
}

const NOTICE_COLUMNS = sql`meeting_id, body, recipients, signer_authority, signer_body, signer_title, signer_name,
  created_at, updated_at`;

export function getNotice(ctx: ServiceContext, meetingId: string): MeetingNotice {
  const draft = generate(ctx, meetingId);
  const row = one<Row>(
    ctx,
    sql`SELECT ${NOTICE_COLUMNS} FROM meeting_notice WHERE meeting_id = ${meetingId}`,
  );
  if (!row) {
    return {
      meetingId,
      body: draft,
      recipients: DEFAULT_NOTICE_RECIPIENTS,
      signer: DEFAULT_NOTICE_SIGNER,
      saved: false,
      draft,
      updatedAt: null,
    };
  }
  return {
    meetingId,
    body: row.body,
    recipients: row.recipients.split('\n').filter((r) => r.trim() !== ''),
    signer: signerFromRow(row),
    saved: true,
    draft,
    updatedAt: row.updated_at,
  };
}

const auditView = (n: MeetingNotice) => ({ body: n.body, recipients: n.recipients, signer: n.signer });

export function saveNotice(ctx: ServiceContext, input: NoticeInput): MeetingNotice {
  return inTransaction(ctx, () => {
    assertActive(ctx, 'meeting', input.meetingId, 'Phiên họp');
    const before = getNotice(ctx, input.meetingId);
    const at = ctx.now().toISOString();
    const recipients = joinRecipients(input.recipients);
    ctx
      .prepare(
        `INSERT INTO meeting_notice (meeting_id, body, recipients, signer_authority, signer_body, signer_title, signer_name, created_at, updated_at)
         VALUES (@meetingId, @body, @recipients, @authority, @authorityName, @title, @name, @at, @at)
         ON CONFLICT (meeting_id) DO UPDATE SET body = excluded.body, recipients = excluded.recipients,
           signer_authority = excluded.signer_authority, signer_body = excluded.signer_body, signer_title = excluded.signer_title,
           signer_name = excluded.signer_name, updated_at = excluded.updated_at`,
      )
      .run({ meetingId: input.meetingId, body: input.body, recipients, ...input.signer, at });
    const after = getNotice(ctx, input.meetingId);
    recordAudit(
      ctx,
      'meeting_notice',
      input.meetingId,
      before.saved ? 'update' : 'create',
      before.saved ? auditView(before) : null,
      auditView(after),
    );
    return after;
  });
}
