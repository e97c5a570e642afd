import { randomBytes } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildEmlDraft, XLSX_CONTENT_TYPE } from '../../../main/mail/eml';
import { sha256 } from './helpers';

const subject = '[Lâm Đồng] Báo cáo kết quả chuyển đổi số Quý IV/2025 – Số 05/BC-BCĐ';
const text =
  'Kính gửi: Cơ quan tiếp nhận báo cáo.\n\nBan Chỉ đạo tỉnh Lâm Đồng trân trọng gửi kèm báo cáo.\nMã băm: ổn định';
const fileName = 'Báo cáo kết quả chuyển đổi số Quý IV-2025 (Lâm Đồng) – Số 05.xlsx';

describe('buildEmlDraft', () => {
  it('builds a draft that parses back with Vietnamese text and a byte-identical attachment', async () => {
    const workbook = randomBytes(300_000); // long enough for many base64 lines
    const eml = await buildEmlDraft({
      from: null,
      to: ['tiepnhan@trungtam.gov.vn'],
      cc: ['vanphong@lamdong.gov.vn'],
      subject,
      text,
      attachments: [{ filename: fileName, content: workbook }],
      date: new Date('2026-01-05T02:00:00Z'),
    });

    const raw = eml.toString('latin1');
    expect(raw).toMatch(/^X-Unsent: 1\r$/m);
    expect(raw).not.toMatch(/^From:/im); // no SMTP settings: the mail client fills in its own account
    expect(raw).toMatch(/^Subject: =\?UTF-8\?/m); // RFC 2047 encoded-words
    expect(raw).toContain("filename*0*=utf-8''"); // RFC 2231 parameter
    expect(raw).not.toMatch(/[^\r]\n/); // CRLF only: SMTP servers refuse bare LF
    expect(/[^\x20-\x7e\r\n\t]/.test(raw)).toBe(false); // 7-bit clean

    const mail = await simpleParser(eml);
    expect(mail.subject).toBe(subject);
    expect(mail.text?.replace(/\r\n/g, '\n').trim()).toBe(text);
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.date?.toISOString()).toBe('2026-01-05T02:00:00.000Z');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('tiepnhan@trungtam.gov.vn');
    expect(mail.messageId).toMatch(/^<[0-9a-f-]+@tiendo\.invalid>$/);
    expect(mail.attachments).toHaveLength(1);
    const [attachment] = mail.attachments;
    expect(attachment?.filename).toBe(fileName);
    expect(attachment?.contentType).toBe(XLSX_CONTENT_TYPE);
    expect(sha256(attachment!.content)).toBe(sha256(workbook));
  });

  it('puts the configured sender in From and uses its domain for the Message-ID', async () => {
    const eml = await buildEmlDraft({
      from: 'Sở Khoa học và Công nghệ Lâm Đồng <skhcn@lamdong.gov.vn>',
      to: ['tiepnhan@trungtam.gov.vn'],
      subject,
      text,
      attachments: [],
      date: new Date('2026-01-05T02:00:00Z'),
    });
    const mail = await simpleParser(eml);
    expect(mail.from?.value[0]).toEqual({
      name: 'Sở Khoa học và Công nghệ Lâm Đồng',
      address: 'skhcn@lamdong.gov.vn',
    });
    expect(mail.messageId).toMatch(/@lamdong\.gov\.vn>$/);
    expect(mail.headers.get('x-unsent')).toBe('1');
  });
});
