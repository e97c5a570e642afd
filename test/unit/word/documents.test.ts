// The notice of conclusions and the periodic report as Word documents: laid out as Nghị định 30/2020 lays
// out an administrative document (read back from the package's XML), signed with the same OOXML package
// signature as the workbooks, accepted by TienDo and by Apache POI, and refused by both once a paragraph, a
// table cell or a part is changed afterwards. The strict package reader tells the two formats apart.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClockAhead } from '../../helpers/clock';
import { readMeetingDocument } from '../../../main/excel/briefing/inspect';
import { readXlsxBook } from '../../../main/excel/lists/xlsx';
import { readReportModel } from '../../../main/excel/report/inspect';
import {
  createSigningIdentity,
  loadPkcs12,
  signPackage,
  verifyPackage,
  type SigningKey,
  type VerifyResult,
} from '../../../main/excel/signature';
import { buildNoticeDocument } from '../../../main/services/briefing/documents';
import { saveNotice } from '../../../main/services/briefing/notice';
import { saveReportDraft } from '../../../main/services/reports/drafts';
import { buildReportModel } from '../../../main/services/reports/model';
import { writeNoticeDocx } from '../../../main/word/notice';
import { writeReportDocx } from '../../../main/word/report';
import { hasFiles, REPO_ROOT, requireTool, SHARED_DIR } from '../../helpers/requireTool';
import { openTestStore, tempDir } from '../../helpers/store';
import { scriptHistory } from '../briefing/history';
import { scriptedProvince } from '../reports/fixture';

const PASSWORD = 'mat-khau-123';
const SIGNING_TIME = new Date('2025-12-16T03:00:00Z');
const BODY_LINE = 'Sở A hoàn thành báo cáo kết quả trước ngày 01/08/2025.';

let key: SigningKey;
let noticeDocument: ReturnType<typeof buildNoticeDocument>;
let notice: Buffer;
let report: Buffer;
let signedNotice: Buffer;
let signedReport: Buffer;
let closeAll: () => void;

beforeAll(async () => {
  const identity = createSigningIdentity({
    commonName: 'Nguyễn Văn Ánh',
    organization: 'Ban Chỉ đạo chuyển đổi số tỉnh Lâm Đồng',
    locality: 'Lâm Đồng',
    email: '',
    password: PASSWORD,
    now: new Date('2025-01-01T00:00:00Z'),
  });
  key = loadPkcs12(identity.p12, PASSWORD);

  const store = await openTestStore();
  const h = scriptHistory(store);
  saveNotice(store.ctx, {
    meetingId: h.meetings.m2,
    body: `Ngày 10 tháng 6 năm 2025, Ban Chỉ đạo tổ chức phiên họp thứ 2.\n\n1. Sở An toàn\n${BODY_LINE}\nII. TỔ CHỨC THỰC HIỆN\nCác cơ quan thực hiện./.`,
    recipients: ['Thành viên Ban Chỉ đạo', 'Lưu: VT'],
    signer: { authority: 'KT.', authorityName: 'TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Lê Văn Cường' },
  });
  noticeDocument = buildNoticeDocument(store.ctx, h.meetings.m2);
  notice = await writeNoticeDocx(noticeDocument);

  const p = await scriptedProvince();
  saveReportDraft(p.store.ctx, {
    planId: p.planId,
    period: '2025-Q4',
    kind: 'bao_cao_dinh_ky',
    sections: { achievements: 'Đoạn một.\nĐoạn hai.', shortcomings: '', nextTasks: '', proposals: '' },
    docNumber: '05/BC-BCĐ',
    recipients: ['Bộ Khoa học và Công nghệ (để báo cáo)', 'Lưu: VT, SKHCN'],
    signer: { authority: 'TM.', authorityName: 'BAN CHỈ ĐẠO', title: 'TRƯỞNG BAN', name: 'Trần Văn Bình' },
  });
  report = await writeReportDocx(
    buildReportModel(p.store.ctx, { planId: p.planId, period: '2025-Q4', kind: 'bao_cao_dinh_ky' }),
  );
  closeAll = () => {
    store.close();
    p.store.close();
  };

  signedNotice = await signPackage(notice, key, { signingTime: SIGNING_TIME, purpose: 'Ký ban hành' });
  signedReport = await signPackage(report, key, { signingTime: SIGNING_TIME, purpose: 'Ký ban hành' });
});
afterAll(() => closeAll());

const partText = async (docx: Buffer, name: string) =>
  (await JSZip.loadAsync(docx)).file(name)!.async('string');

/** Every header part's XML, with its name. */
async function headers(docx: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n)))
    out.set(name, await zip.file(name)!.async('string'));
  return out;
}

/** The <w:p> elements whose text contains `text`. */
const paragraphsWith = (xml: string, text: string) =>
  (xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? []).filter((p) => p.includes(text));

async function tamper(docx: Buffer, edit: (zip: JSZip) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  await edit(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function replaceIn(zip: JSZip, name: string, from: string, to: string): Promise<void> {
  const before = await zip.file(name)!.async('string');
  expect(before).toContain(from);
  zip.file(name, before.replace(from, to));
}

const codes = (r: VerifyResult) => r.problems.map((p) => p.code);

describe('the notice as a Word document (Nghị định 30/2020)', () => {
  it('sets A4 with the decree margins, page numbers in the top margin from the second page only', async () => {
    const xml = await partText(notice, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    // top and bottom 20 mm, left 30 mm, right 15 mm
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain('<w:titlePg/>');
    const hs = [...(await headers(notice)).values()];
    const numbered = hs.filter((h) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(h));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]).toContain('<w:jc w:val="center"/>');
    expect(numbered[0]).toContain('<w:sz w:val="26"/>'); // 13 pt
    expect(hs.filter((h) => !h.includes('PAGE'))).toHaveLength(1); // the first page's header, empty
    expect(xml).toMatch(/<w:headerReference w:type="first"/);
  });

  it('has the header table, number, italic place and date, title, justified body and the signer block', async () => {
    const xml = await partText(notice, 'word/document.xml');
    const n = buildNoticeHeaderTexts(xml);
    expect(n.nation).toBe(true);
    expect(n.motto).toBe(true);
    // The Quốc hiệu table comes first, before the title.
    expect(xml.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeLessThan(xml.indexOf('THÔNG BÁO'));
    expect(xml.indexOf('<w:tbl>')).toBeLessThan(xml.indexOf('THÔNG BÁO'));
    // Rules: the issuing body's, the Tiêu ngữ's and the trích yếu's, each a top border of its own paragraph.
    expect(xml.match(/<w:pBdr><w:top w:val="single"/g)).toHaveLength(3);
    expect(paragraphsWith(xml, 'Số:')).toHaveLength(1);
    const date = paragraphsWith(xml, 'ngày')[0]!;
    expect(date).toMatch(/<w:i\/>/);
    const body = paragraphsWith(xml, BODY_LINE)[0]!;
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toMatch(/<w:ind w:firstLine="720"\/>/);
    expect(body).toContain('<w:sz w:val="28"/>'); // 14 pt
    expect(paragraphsWith(xml, '1. Sở An toàn')[0]).toContain('<w:b/>');
    expect(paragraphsWith(xml, 'II. TỔ CHỨC THỰC HIỆN')[0]).toContain('<w:keepNext/>');
    const received = paragraphsWith(xml, 'Nơi nhận:')[0]!;
    expect(received).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/); // bold italic 12 pt
    expect(paragraphsWith(xml, '- Lưu: VT.')[0]).toContain('<w:sz w:val="22"/>'); // 11 pt
    for (const line of ['KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Lê Văn Cường'])
      expect(paragraphsWith(xml, line)[0], line).toContain('<w:b/>');
    expect(xml).toContain('<w:cantSplit/>'); // the signature block stays on one page
    const core = await partText(notice, 'docProps/core.xml');
    expect(core).toContain('<dc:creator>TienDo</dc:creator>');
  });
});

function buildNoticeHeaderTexts(xml: string) {
  return {
    nation: xml.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
    motto: xml.includes('Độc lập - Tự do - Hạnh phúc'),
  };
}

describe('the report as a Word document', () => {
  it('puts each annex on landscape pages numbered from 1, with its header repeated and rows kept whole', async () => {
    const xml = await partText(report, 'word/document.xml');
    const sections = xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(3);
    expect(sections[0]).toContain('w:orient="portrait"');
    for (const s of sections.slice(1)) {
      expect(s).toContain('w:orient="landscape"');
      expect(s).toMatch(/<w:pgNumType w:start="1"/);
      expect(s).toContain('<w:titlePg/>');
    }
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml.indexOf('PHỤ LỤC 1')).toBeLessThan(xml.indexOf('PHỤ LỤC 2'));
    expect(xml).toContain('Tổng hợp đánh giá chỉ tiêu theo trụ cột, lĩnh vực');
    expect(xml).toContain('Trần Văn Bình');
  });

  it('is the same bytes when packed again from the same document, every part dated by it', async () => {
    // Packed an hour later than beforeAll's copy.
    const later = await withClockAhead(3_600_000, () => writeNoticeDocx(noticeDocument));
    expect(later.equals(notice)).toBe(true);
    const dates = Object.values((await JSZip.loadAsync(notice)).files).map((f) => f.date.getTime());
    expect(new Set(dates).size).toBe(1);
  });

  it('closes a section that ends with a table with a 1-pt paragraph, so its break adds no blank page', async () => {
    // Word keeps a section's break in a paragraph after its last table; in the body font it printed a page of
    // its own when the table (the signature block, an annex) ended at the foot of a page.
    for (const docx of [notice, report]) {
      const xml = await partText(docx, 'word/document.xml');
      // What the docx package writes by itself: the break in an empty body-font paragraph, or none.
      expect(xml).not.toMatch(/<\/w:tbl><w:p><w:pPr><w:sectPr/);
      expect(xml).not.toMatch(/<\/w:tbl><w:sectPr/);
      const ends = xml.match(
        /<\/w:tbl><w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="20" w:lineRule="exact"\/>/g,
      );
      expect(ends?.length).toBeGreaterThan(0);
    }
  });

  it('keeps the last line of the text with the signature block, so the block never stands alone', async () => {
    const noticeEnd = paragraphsWith(await partText(notice, 'word/document.xml'), 'Các cơ quan thực hiện./.');
    const reportEnd = paragraphsWith(await partText(report, 'word/document.xml'), 'Trên đây là báo cáo');
    for (const found of [noticeEnd, reportEnd]) {
      expect(found).toHaveLength(1);
      expect(found[0]).toContain('<w:keepNext/>');
    }
  });

  it('carries its model: read back from the signed file exactly', async () => {
    const model = await readReportModel(signedReport);
    expect(model?.docNumber).toBe('05/BC-BCĐ');
    expect(model?.period.key).toBe('2025-Q4');
  });
});

describe('signed .docx: TienDo accepts it and refuses any change afterwards', () => {
  it('accepts the signed notice and report and reads the notice back', async () => {
    for (const file of [signedNotice, signedReport]) {
      const r = await verifyPackage(file);
      expect(r, JSON.stringify(r.problems)).toMatchObject({ signed: true, intact: true, valid: true });
    }
    expect(await readMeetingDocument(signedNotice)).toMatchObject({
      kind: 'notice',
      notice: { meeting: { number: 2 } },
    });
  });

  it('refuses a changed paragraph, a changed table cell, a changed part and an added part', async () => {
    const paragraph = await tamper(signedNotice, (zip) =>
      replaceIn(zip, 'word/document.xml', '01/08/2025', '01/09/2025'),
    );
    const cell = await tamper(signedReport, (zip) =>
      replaceIn(zip, 'word/document.xml', 'Cổng dịch vụ công tỉnh', 'Cổng dịch vụ công tỉnh (đã xong)'),
    );
    const changed = await tamper(signedNotice, (zip) =>
      replaceIn(zip, 'word/styles.xml', 'Times New Roman', 'Arial'),
    );
    const added = await tamper(signedNotice, async (zip) => {
      // A picture: a type the format allows (png is declared by default), outside the signature.
      expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('Extension="png"');
      zip.file('word/media/image9.png', Buffer.from('89504e470d0a1a0a', 'hex'));
    });
    for (const [what, file, code] of [
      ['paragraph', paragraph, 'NOI_DUNG_BI_SUA'],
      ['cell', cell, 'NOI_DUNG_BI_SUA'],
      ['changed part', changed, 'NOI_DUNG_BI_SUA'],
      ['added part', added, 'PHAN_NGOAI_CHU_KY'],
    ] as const) {
      const r = await verifyPackage(file);
      expect(r.valid, what).toBe(false);
      expect(codes(r), what).toContain(code);
    }
    expect(await readMeetingDocument(paragraph)).toBeNull();
  });
});

describe('the strict package reader and the two formats', () => {
  it('refuses a Word document holding a macro part, and the spreadsheet importer refuses a Word document', async () => {
    const macro = await tamper(notice, async (zip) => {
      zip.file('word/vbaData.xml', '<x/>');
      await replaceIn(
        zip,
        '[Content_Types].xml',
        '</Types>',
        '<Override PartName="/word/vbaData.xml" ContentType="application/vnd.ms-word.vbaData+xml"/></Types>',
      );
    });
    const r = await verifyPackage(macro);
    expect(r.readable).toBe(false);
    expect(r.problems[0]?.message).toMatch(/^Tệp Word \(\.docx\) có phần "\/word\/vbaData\.xml"/);
    await expect(signPackage(macro, key, { signingTime: SIGNING_TIME })).rejects.toThrow(/macro/);
    await expect(readXlsxBook(notice)).rejects.toThrow(/là tệp Word \(\.docx\), không phải tệp Excel/);
  });
});

describe('Apache POI', () => {
  const POI_TOOL = path.join(SHARED_DIR, 'tools', 'ooxml-verify');
  const POI_DIR = path.join(REPO_ROOT, '.cache', 'ooxml-verify');
  const POI_VERIFY = path.join(POI_TOOL, 'verify.sh');
  const poi = requireTool({
    name: 'Apache POI verifier',
    available: hasFiles(POI_VERIFY, path.join(POI_DIR, 'PoiVerify.class'), path.join(POI_DIR, 'CLASSPATH')),
    install: `sh ${path.join('..', 'shared', 'tools', 'ooxml-verify', 'setup.sh')} .cache/ooxml-verify`,
  });
  const run = (dir: string, name: string, bytes: Buffer) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return spawnSync('sh', [POI_VERIFY, file, POI_DIR], { encoding: 'utf8', timeout: 120_000 });
  };

  poi.it(
    'says VALID for the signed notice and report, INVALID once a paragraph, a cell or a part changed (an added part only TienDo refuses)',
    async () => {
      const dir = tempDir('tiendo-docx-poi-');
      for (const [name, bytes] of [
        ['notice.docx', signedNotice],
        ['report.docx', signedReport],
      ] as const) {
        const ok = run(dir, name, bytes);
        expect(ok.stdout, ok.stderr).toContain('/_xmlsignatures/sig1.xml: VALID');
        expect(ok.status, ok.stdout + ok.stderr).toBe(0);
      }
      const bad = [
        await tamper(signedNotice, (zip) => replaceIn(zip, 'word/document.xml', '01/08/2025', '01/09/2025')),
        await tamper(signedReport, (zip) =>
          replaceIn(zip, 'word/document.xml', 'Cổng dịch vụ công tỉnh', 'Cổng dịch vụ công tỉnh (đã xong)'),
        ),
        await tamper(signedNotice, (zip) => replaceIn(zip, 'word/styles.xml', 'Times New Roman', 'Arial')),
      ];
      bad.forEach((bytes, i) => {
        const ko = run(dir, `tampered-${i}.docx`, bytes);
        expect(ko.stdout, ko.stderr).toContain('INVALID');
        expect(ko.status).not.toBe(0);
      });
      // POI checks only what the manifest lists, so a part added afterwards (a picture, even with a
      // relationship of a new Id) passes it; TienDo refuses it (every part must be signed, see above).
      const added = await tamper(signedNotice, async (zip) => {
        zip.file('word/media/image9.png', Buffer.from('89504e470d0a1a0a', 'hex'));
        await replaceIn(
          zip,
          'word/_rels/document.xml.rels',
          '</Relationships>',
          '<Relationship Id="rIdAdded" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image9.png"/></Relationships>',
        );
      });
      expect(run(dir, 'added.docx', added).status).toBe(0);
      expect(codes(await verifyPackage(added))).toEqual(
        expect.arrayContaining(['PHAN_NGOAI_CHU_KY', 'QUAN_HE_NGOAI_CHU_KY']),
      );
    },
    240_000,
  );
});
