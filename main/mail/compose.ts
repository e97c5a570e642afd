// MIME composition through nodemailer's public entry only (its `lib/*` modules are private and may
// change in any release): the stream transport runs the same MailComposer the package uses for sending
// and hands back the finished message instead of delivering it.
import nodemailer, { type SendMailOptions } from 'nodemailer';

// CRLF line ends throughout: SMTP servers reject bare LF (RFC 5321 §2.3.8), and mail clients open both.
const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

/** The whole RFC 5322 message nodemailer writes for `options`. */
export async function composeMessage(options: SendMailOptions): Promise<Buffer> {
  const info = await composer.sendMail(options);
  if (!Buffer.isBuffer(info.message)) throw new Error('nodemailer stream transport returned no buffer');
  return info.message;
}

/** The bare address of a sender such as "Sở KH&CN Lâm Đồng <skhcn@lamdong.gov.vn>", as nodemailer parses it. */
export async function senderAddress(from: string): Promise<string> {
  const info = await composer.sendMail({ from });
  return typeof info.envelope.from === 'string' ? info.envelope.from : '';
}

/** nodemailer's `From:` header field for `from` (RFC 2047 words, folded), with its folded lines and CRLF. */
export async function fromHeaderField(from: string): Promise<string> {
  const header = (await composeMessage({ from })).toString('latin1');
  const field = /^From:.*\r\n(?:[ \t].*\r\n)*/m.exec(header);
  if (!field) throw new Error('nodemailer wrote no From header');
  return field[0];
}
