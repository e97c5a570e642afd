// nodemailer through its public entry (main/mail/compose.ts): the sender's address and From field it
// writes, and the header surgery before SMTP (rawMessage.ts) that uses them.
import { describe, expect, it } from 'vitest';
import { fromHeaderField, senderAddress } from '../../../main/mail/compose';
import { buildEmlDraft } from '../../../main/mail/eml';
import { prepareForSending } from '../../../main/mail/rawMessage';

const SENDER = 'Sở KH&CN Lâm Đồng <skhcn@lamdong.gov.vn>';

describe('mail composition through the public nodemailer entry', () => {
  it('parses the bare address out of a named sender', async () => {
    expect(await senderAddress(SENDER)).toBe('skhcn@lamdong.gov.vn');
    expect(await senderAddress('vp@lamdong.gov.vn')).toBe('vp@lamdong.gov.vn');
  });

  it('writes a From field with the Vietnamese name as RFC 2047 words, folded, ending in CRLF', async () => {
    const field = await fromHeaderField(SENDER);
    expect(field).toMatch(/^From: =\?UTF-8\?Q\?S=E1=BB=9F_KH=26CN_/);
    expect(field.endsWith(' <skhcn@lamdong.gov.vn>\r\n')).toBe(true);
    for (const line of field.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    expect(await fromHeaderField('"Van phong" <vp@x.vn>')).toBe('From: Van phong <vp@x.vn>\r\n');
  });

  it('a draft without a sender gets the From field and loses X-Unsent before SMTP; the body is untouched', async () => {
    const draft = await buildEmlDraft({
      from: null,
      to: ['tonghop@mic.gov.vn'],
      subject: 'Báo cáo quý IV',
      text: 'Kính gửi',
      attachments: [{ filename: 'bao-cao.xlsx', content: Buffer.from('PK-workbook') }],
      date: new Date('2025-12-01T00:00:00.000Z'),
    });
    expect(draft.toString('latin1')).toMatch(/^X-Unsent: 1\r\n/m);
    expect(draft.toString('latin1')).not.toMatch(/^From:/m);
    // Draft ids without a sender use the reserved .invalid domain.
    expect(draft.toString('latin1')).toMatch(/^Message-ID: <[0-9a-f-]+@tiendo\.invalid>\r\n/m);

    const sent = await prepareForSending(draft, SENDER);
    const text = sent.toString('latin1');
    expect(text).not.toMatch(/^X-Unsent:/m);
    expect(text.startsWith(await fromHeaderField(SENDER))).toBe(true);
    const bodyOf = (b: Buffer) => b.subarray(b.indexOf('\r\n\r\n'));
    expect(bodyOf(sent).equals(bodyOf(draft))).toBe(true);
  });

  it('takes the Message-ID domain from the sender', async () => {
    const draft = await buildEmlDraft({
      from: SENDER,
      to: ['a@b.vn'],
      subject: 's',
      text: 't',
      attachments: [],
      date: new Date('2025-12-01T00:00:00.000Z'),
    });
    expect(draft.toString('latin1')).toMatch(/^Message-ID: <[0-9a-f-]+@lamdong\.gov\.vn>\r\n/m);
  });
});
