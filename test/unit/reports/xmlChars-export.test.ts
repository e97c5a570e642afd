// Old data may hold characters XML 1.0 forbids (written before the input refused them): the export strips
// them, so every XML part of the workbook stays well-formed and Excel opens the file, and the .eml too.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeNoticeWorkbook } from '../../../main/excel/briefing';
import { writeReportWorkbook } from '../../../main/excel/report';
import { buildEmlDraft } from '../../../main/mail/eml';
import { buildReportModel } from '../../../main/services/reports/model';
import type { NoticeDocument } from '../../../main/services/briefing/documents';
import { firstXmlForbidden } from '../../../shared/text/xmlChars';
import { scriptedProvince, type Province } from './fixture';

let p: Province;
beforeAll(async () => {
  p = await scriptedProvince();
  // As an older version could have stored it: straight into the file, past today's input checks. (A lone
  // surrogate cannot reach the file: SQLite stores UTF-8, and it becomes U+FFFD on the way in.)
  p.store.ctx.db
    .prepare('UPDATE task SET title = ?, result = ? WHERE id = ?')
    .run('Cổng dịch vụ công\uFFFF tỉnh\u0001', 'Đã vận hành\u0008.', p.ids['1.10']!);
});
afterAll(() => p.store.close());

async function expectWellFormedXml(xlsx: Buffer): Promise<JSZip> {
  const zip = await JSZip.loadAsync(xlsx);
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir || !/\.(xml|rels)$/.test(name)) continue;
    expect(firstXmlForbidden(await file.async('string')), name).toBeNull();
  }
  return zip;
}

describe('export of old data with characters XML forbids', () => {
  it('strips them from the report workbook, which reads back', async () => {
    const model = buildReportModel(p.store.ctx, {
      planId: p.planId,
      period: '2025-Q4',
      kind: 'bao_cao_dinh_ky',
    });
    const xlsx = await writeReportWorkbook(model);
    const zip = await expectWellFormedXml(xlsx);
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(strings).toContain('Cổng dịch vụ công tỉnh');
    expect(strings).toContain('Đã vận hành.');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer); // exceljs's typings predate Buffer<ArrayBufferLike>
    expect(wb.worksheets.length).toBeGreaterThan(0);
    // the embedded model too
    expect(firstXmlForbidden(await zip.file('tiendo/report-model.json')!.async('string'))).toBeNull();
  });

  it('strips them from the notice of conclusions', async () => {
    const model = buildReportModel(p.store.ctx, {
      planId: p.planId,
      period: '2025-Q4',
      kind: 'bao_cao_dinh_ky',
    });
    const notice: NoticeDocument = {
      schema: 'tiendo.notice/1',
      generatedAt: '2025-12-16T03:00:00.000Z',
      meeting: {
        id: 'm',
        number: 2,
        heldOn: '2025-12-10',
        title: 'Phiên\uFFFE 2',
        chair: 'Chủ tịch',
        noticeNumber: '12/TB-BCĐ',
        noticeDate: null,
      },
      header: model.header,
      body: 'Kết luận một\u000B\uFFFF;\nKết luận hai.',
      recipients: ['Sở KH&CN\u0002'],
      signer: { authority: '', authorityName: '', title: 'TRƯỞNG BAN', name: 'Nguyễn Văn A\uDFFF' },
    };
    const zip = await expectWellFormedXml(await writeNoticeWorkbook(notice));
    expect(await zip.file('xl/sharedStrings.xml')!.async('string')).toContain('Kết luận một;');
  });

  it('strips them from the .eml draft', async () => {
    const eml = await buildEmlDraft({
      from: null,
      to: ['tw@example.gov.vn'],
      subject: '[Lâm Đồng] Báo cáo\uFFFF Quý IV/2025',
      text: 'Kính gửi\u0001: Trung ương.\nNhiệm vụ\uD800 đã xong.',
      attachments: [{ filename: 'bao-cao\uFFFE.xlsx', content: Buffer.from('x') }],
      date: new Date('2025-12-16T03:00:00Z'),
    });
    const mail = await simpleParser(eml);
    expect(mail.subject).toBe('[Lâm Đồng] Báo cáo Quý IV/2025');
    expect(mail.text).toBe('Kính gửi: Trung ương.\nNhiệm vụ đã xong.');
    expect(mail.attachments[0]!.filename).toBe('bao-cao.xlsx');
  });
});
