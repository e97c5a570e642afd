import { randomUUID } from 'node:crypto';
import { composeMessage, senderAddress } from './compose';
import { stripXmlForbidden } from '../../shared/text/xmlChars';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface EmlAttachment {
  filename: string;
  content: Buffer;
  contentType?: string;
}

export interface EmlDraftOptions {
  /** The sender from the SMTP settings, or null when there are none (see below). */
  from: string | null;
  to: string[];
  cc?: string[];
  subject: string;
  text: string;
  attachments: EmlAttachment[];
  date: Date;
  /** Right-hand side of the Message-ID; defaults to the domain of `from`, else `tiendo.invalid`. */
  messageIdDomain?: string;
  /** The Message-ID of the message this one answers (a receipt replying to a report's mail). */
  inReplyTo?: string;
}

function contentTypeFor(attachment: EmlAttachment): string {
  if (attachment.contentType) return attachment.contentType;
  // nodemailer guesses from the extension too, but the signed workbook's type must never depend on a table.
  if (/\.xlsx$/i.test(attachment.filename)) return XLSX_CONTENT_TYPE;
  if (/\.docx$/i.test(attachment.filename)) return DOCX_CONTENT_TYPE;
  return 'application/octet-stream';
}

async function messageIdDomain(opts: EmlDraftOptions): Promise<string> {
  if (opts.messageIdDomain) return opts.messageIdDomain;
  const address = opts.from ? await senderAddress(opts.from) : '';
  const at = address.lastIndexOf('@');
  // RFC 2606 reserves .invalid: an id that can never collide with one made by a real host.
  return at > 0 ? address.slice(at + 1) : 'tiendo.invalid';
}

/**
 * Builds a complete RFC 5322 message that mail clients open as an unsent draft (`X-Unsent: 1`).
 *
 * nodemailer's MailComposer (reached through the public stream transport, compose.ts) does the MIME
 * work: the Vietnamese subject as RFC 2047 encoded-words, the body as UTF-8 (quoted-printable or
 * base64, as nodemailer chooses), attachments base64 with the filename both
 * as an RFC 2231 parameter (`filename*0*=utf-8''...`) and, for older Outlook, RFC 2047 in `name=`.
 *
 * Without SMTP settings `from` is null and the From header is left out rather than filled with a
 * placeholder. Thunderbird (MailUtils.openEMLFile) opens an X-Unsent .eml in the compose window and
 * passes the From header along to choose the sending identity, falling back to the default identity;
 * a placeholder matches none of the person's identities, so at best it is ignored and at worst it has
 * to be noticed and corrected. Outlook opens the draft in the profile's own account. Leaving From out
 * is right in both; when the outbox sends such a message itself it adds the configured sender (smtp.ts).
 */
export async function buildEmlDraft(opts: EmlDraftOptions): Promise<Buffer> {
  // Control characters, U+FFFE/U+FFFF and lone surrogates (old data, typed before input refused them)
  // have no place in a mail either: mail clients show them as garbage or drop the part.
  const clean = stripXmlForbidden;
  return composeMessage({
    ...(opts.from ? { from: opts.from } : {}),
    to: opts.to,
    ...(opts.cc && opts.cc.length > 0 ? { cc: opts.cc } : {}),
    subject: clean(opts.subject),
    // MailComposer leaves line ends in 7bit text as given; SMTP servers reject bare LF (RFC 5321 §2.3.8).
    text: clean(opts.text).replace(/\r\n|\r|\n/g, '\r\n'),
    date: opts.date,
    messageId: `<${randomUUID()}@${await messageIdDomain(opts)}>`,
    ...(opts.inReplyTo ? { inReplyTo: opts.inReplyTo, references: opts.inReplyTo } : {}),
    headers: { 'X-Unsent': '1' },
    attachments: opts.attachments.map((a) => ({
      filename: clean(a.filename),
      content: a.content,
      contentType: contentTypeFor(a),
      contentTransferEncoding: 'base64' as const,
    })),
  });
}
