// docProps/core.xml (title, author) is outside every OOXML package signature: anyone may change it without
// breaking the signature. Verify says when it differs from the signed model, and nothing shows its title
// as the report's: the verify screen, the CLI and the e-mail take the title from the signed model only.
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReportWorkbook } from '../../../main/excel/report';
import { createSigningIdentity, signPackage } from '../../../main/excel/signature';
import { buildDocumentMail } from '../../../main/services/reports/mail';
import { buildReportModel } from '../../../main/services/reports/model';
import { verifyReportFile } from '../../../main/services/reports/verify';
import type { ReportModel } from '../../../shared/report/model';
import { craftZip, entriesOf } from '../../helpers/zipcraft';
import { scriptedProvince, type Province } from './fixture';

const FAKE_TITLE = 'BÁO CÁO KHẨN Hoàn thành 100% nhiệm vụ';
const FAKE_AUTHOR = 'Văn phòng Trung ương';

let p: Province;
let model: ReportModel;
let signed: Buffer;
let relabelled: Buffer;

beforeAll(async () => {
  p = await scriptedProvince();
  model = buildReportModel(p.store.ctx, { planId: p.planId, period: '2025-Q4', kind: 'bao_cao_dinh_ky' });
  const key = createSigningIdentity({
    commonName: 'Trần Văn Bình',
    organization: 'Ban Chỉ đạo',
    locality: 'Lâm Đồng',
    password: 'pw',
    now: new Date('2025-12-01T00:00:00Z'),
  }).key;
  signed = await signPackage(await writeReportWorkbook(model), key, {
    signingTime: new Date('2025-12-16T03:00:00Z'),
  });
  relabelled = craftZip(
    (await entriesOf(signed)).map((e) =>
      e.name === 'docProps/core.xml'
        ? {
            ...e,
            data: Buffer.from(
              e.data
                .toString('utf8')
                .replace(/<dc:title>[^<]*<\/dc:title>/, `<dc:title>${FAKE_TITLE}</dc:title>`)
                .replace(/<dc:creator>[^<]*<\/dc:creator>/, `<dc:creator>${FAKE_AUTHOR}</dc:creator>`),
            ),
          }
        : e,
    ),
  );
});
afterAll(() => p.store.close());

describe('the unsigned file properties', () => {
  it('say nothing when they agree with the signed model', async () => {
    const v = await verifyReportFile(signed);
    expect(v.valid).toBe(true);
    expect(v.notes).toEqual([]);
  });

  it('are noted when changed, the file staying intact and its title the signed one', async () => {
    const v = await verifyReportFile(relabelled);
    // The package signature never covers docProps/core.xml: the file is still intact.
    expect(v).toMatchObject({ intact: true, valid: true, problems: [] });
    expect(v.report?.title).toBe(`${model.header.title} ${model.header.subtitle}`);
    expect(v.notes.map((n) => n.code)).toEqual(['THUOC_TINH_TIEU_DE_KHAC', 'THUOC_TINH_TAC_GIA_KHAC']);
    expect(v.notes[0]!.message).toContain(`“${FAKE_TITLE}”`);
    expect(v.notes[0]!.message).toContain('không được chữ ký số bảo vệ');
    expect(v.notes[1]!.message).toContain(`“${FAKE_AUTHOR}”`);
    // Outside the notes, the invented title appears nowhere.
    expect(JSON.stringify({ ...v, notes: [] })).not.toContain(FAKE_TITLE);
  });

  it('never give the e-mail its subject or text', async () => {
    const mail = await buildDocumentMail({
      content: relabelled,
      fileName: 'bao-cao.xlsx',
      to: 'tw@example.gov.vn',
      from: null,
      date: new Date('2025-12-16T03:00:00Z'),
    });
    const parsed = await simpleParser(mail.eml);
    expect(parsed.subject).toContain('Quý IV/2025');
    expect(`${parsed.subject}\n${parsed.text}`).not.toContain(FAKE_TITLE);
    expect(`${parsed.subject}\n${parsed.text}`).not.toContain(FAKE_AUTHOR);
  });
});
