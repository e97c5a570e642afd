// Hostile packages: a file someone sent must never show "valid" beside figures the signature does not
// cover. Each file here is built the way an attacker would build it, and both readers of a signed report
// (verify, which says whether it can be trusted, and inspect, which prints its figures) must refuse it.
import JSZip from 'jszip';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { readReportModel } from '../../../main/excel/report';
import { MODEL_PART, MODEL_RELATIONSHIP } from '../../../main/excel/report/package';
import { writeReportWorkbook } from '../../../main/excel/report';
import { createSigningIdentity, signPackage, verifyPackage } from '../../../main/excel/signature';
import { buildReportModel } from '../../../main/services/reports/model';
import { verifyReportFile } from '../../../main/services/reports/verify';
import type { ReportVerification } from '../../../shared/api/types';
import type { ReportModel } from '../../../shared/report/model';
import { craftZip, entriesOf, localBytes, resignSignatureXml, type CraftEntry } from '../../helpers/zipcraft';
import { scriptedProvince, type Province } from '../reports/fixture';

const SIGNING_TIME = new Date('2025-12-16T03:00:00Z');
const INVENTED = '999 nhiệm vụ, 999 đã hoàn thành, đạt 100%';

let province: Province;
let model: ReportModel;
let plain: Buffer;
let signed: Buffer;
let key: ReturnType<typeof createSigningIdentity>['key'];
let fake: Buffer;

beforeAll(async () => {
  province = await scriptedProvince();
  model = buildReportModel(province.store.ctx, {
    planId: province.planId,
    period: '2025-Q4',
    kind: 'bao_cao_dinh_ky',
  });
  plain = await writeReportWorkbook(model);
  key = createSigningIdentity({
    commonName: 'Trần Văn Bình',
    organization: 'Ban Chỉ đạo chuyển đổi số tỉnh Lâm Đồng',
    locality: 'Lâm Đồng',
    password: 'pw',
    now: new Date('2025-12-01T00:00:00Z'),
  }).key;
  signed = await signPackage(plain, key, { signingTime: SIGNING_TIME });
  fake = Buffer.from(JSON.stringify({ ...model, summary: { ...model.summary, taskSentence: INVENTED } }));
});
afterAll(() => province.store.close());

/** What a reader of the file is shown: the verdict and the figures. Neither may be the invented ones. */
async function expectRefused(file: Buffer): Promise<ReportVerification> {
  const v = await verifyReportFile(file);
  expect(v.valid, JSON.stringify(v.problems)).toBe(false);
  expect(v.verdict).toBe('invalid');
  expect(v.report).toBeNull();
  expect(JSON.stringify(v)).not.toContain(INVENTED);
  expect(await readReportModel(file)).toBeNull();
  return v;
}

/** expectRefused, and the reason given is the one the check under test gives. */
async function expectRefusedBecause(file: Buffer, reason: string): Promise<ReportVerification> {
  const v = await expectRefused(file);
  expect(messages(v)).toContain(reason);
  return v;
}

const messages = (v: ReportVerification) => v.problems.map((p) => p.message).join('\n');

async function withEntries(
  xlsx: Buffer,
  edit: (entries: CraftEntry[]) => CraftEntry[],
  trailing?: Buffer,
): Promise<Buffer> {
  return craftZip(edit(await entriesOf(xlsx)), trailing ? { trailing } : {});
}

function replaceText(entries: CraftEntry[], name: string, change: (s: string) => string): CraftEntry[] {
  return entries.map((e) => {
    if (e.name !== name) return e;
    const after = change(e.data.toString('utf8'));
    expect(after).not.toBe(e.data.toString('utf8'));
    return { ...e, data: Buffer.from(after) };
  });
}

describe('the ways found so far', () => {
  it('a relationship hidden in a comment of /_rels/.rels, leading to figures in the unsigned origin part', async () => {
    const file = await withEntries(signed, (entries) =>
      replaceText(
        replaceText(entries, '_rels/.rels', (s) =>
          s.replace(
            /(<Relationships[^>]*>)/,
            `$1<!-- <Relationship Id="x" Type="${MODEL_RELATIONSHIP}" Target="_xmlsignatures/origin.sigs"/> -->`,
          ),
        ),
        '_xmlsignatures/origin.sigs',
        () => fake.toString('utf8'),
      ),
    );
    await expectRefusedBecause(file, 'phải rỗng');
  });

  it('two entries of one name: one for the verifier, one for the reader', async () => {
    const file = await withEntries(signed, (entries) => [{ name: MODEL_PART, data: fake }, ...entries]);
    await expectRefusedBecause(file, 'hai phần trùng tên');
  });
});

describe('duplicate and hidden entries', () => {
  it('refuses names that differ only by letter case', async () => {
    await expectRefusedBecause(
      await withEntries(signed, (entries) => [{ name: MODEL_PART.toUpperCase(), data: fake }, ...entries]),
      'hai phần trùng tên',
    );
  });

  it('refuses names that differ only by percent-encoding', async () => {
    await expectRefusedBecause(
      await withEntries(signed, (entries) => [
        { name: MODEL_PART.replace('-', '%2D'), data: fake },
        ...entries,
      ]),
      'mã hóa phần trăm một ký tự thường',
    );
  });

  it('refuses a local entry the central directory does not list', async () => {
    await expectRefusedBecause(
      await withEntries(signed, (entries) => [{ name: MODEL_PART, data: fake, localOnly: true }, ...entries]),
      'không thuộc mục nào',
    );
  });

  it('refuses data after the end record', async () => {
    await expectRefusedBecause(
      await withEntries(signed, (e) => e, Buffer.from('PK\u0005\u0006 phần thêm')),
      'không đọc được nội dung nén',
    );
  });

  it('refuses an entry whose local header lies inside another entry (overlapping entries)', async () => {
    // The first entry, stored, carries inside it a whole local entry of the model with invented figures,
    // which the central directory lists in place of the real one.
    const carrier = 'xl/media/anh.bin';
    const inner = { name: MODEL_PART, data: fake };
    const v = await expectRefused(
      await withEntries(signed, (entries) => [
        { name: carrier, data: localBytes(inner), method: 0 },
        ...entries.filter((e) => e.name !== MODEL_PART),
        { ...inner, centralOffset: 30 + Buffer.byteLength(carrier) },
      ]),
    );
    expect(messages(v)).toContain('chồng lên một mục khác');
  });

  it('refuses two central directory entries that share one local entry', async () => {
    await expectRefusedBecause(
      await withEntries(signed, (entries) => [
        ...entries,
        { name: 'xl/thêm.xml', data: Buffer.from('<a/>'), centralPointsAt: 0 },
      ]),
      'khác với danh mục nén',
    );
  });

  it('refuses an encrypted entry and an unknown compression method', async () => {
    await expectRefusedBecause(
      await withEntries(signed, (entries) =>
        entries.map((e) => (e.name === MODEL_PART ? { ...e, flags: 0x801 } : e)),
      ),
      'được mã hóa',
    );
    await expectRefusedBecause(
      await withEntries(signed, (entries) =>
        entries.map((e) => (e.name === MODEL_PART ? { ...e, method: 12 } : e)),
      ),
      'cách nén chưa hỗ trợ',
    );
  });
});

describe('limits', () => {
  it('refuses an entry that inflates to more than it declares (zip bomb)', async () => {
    await expectRefusedBecause(
      await withEntries(signed, (entries) =>
        entries.map((e) =>
          e.name === 'xl/theme/theme1.xml' ? { ...e, data: Buffer.alloc(20_000_000), declaredSize: 1000 } : e,
        ),
      ),
      'lớn hơn kích thước đã khai',
    );
  });

  it('refuses an entry that declares more than the limit, and too many entries', async () => {
    await expectRefusedBecause(
      await withEntries(signed, (entries) =>
        entries.map((e) => (e.name === 'xl/theme/theme1.xml' ? { ...e, declaredSize: 0xfffffff0 } : e)),
      ),
      'quá giới hạn 64 MB',
    );
    await expectRefusedBecause(
      await withEntries(signed, (entries) => [
        ...entries,
        ...Array.from({ length: 6000 }, (_, i) => ({ name: `xl/thua/${i}.xml`, data: Buffer.from('<a/>') })),
      ]),
      'quá giới hạn 2000',
    );
  });
});

describe('relationships and the parts they lead to', () => {
  it('refuses a signed relationship whose target is a part the signature leaves out', async () => {
    // The signer's package reaches the model through a part that also passes for the core properties,
    // which a package signature never covers: its figures could be changed at will afterwards.
    const disguised = await withEntries(plain, (entries) =>
      replaceText(
        replaceText(entries, '[Content_Types].xml', (s) =>
          s.replace(
            `PartName="/${MODEL_PART}" ContentType="application/vnd.tiendo.report-model+json"`,
            `PartName="/${MODEL_PART}" ContentType="application/vnd.openxmlformats-package.core-properties+xml"`,
          ),
        ),
        '_rels/.rels',
        (s) =>
          s.replace(
            '</Relationships>',
            `<Relationship Id="rIdCore2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="${MODEL_PART}"/></Relationships>`,
          ),
      ),
    );
    const signedDisguised = await signPackage(disguised, key, { signingTime: SIGNING_TIME });
    const changed = await withEntries(signedDisguised, (entries) =>
      entries.map((e) => (e.name === MODEL_PART ? { ...e, data: fake } : e)),
    );
    await expectRefusedBecause(changed, 'không được chữ ký bảo vệ');
  });

  it('refuses a model relationship the signature does not cover (an Id used twice)', async () => {
    const file = await withEntries(signed, (entries) =>
      replaceText(
        replaceText(entries, '_rels/.rels', (s) =>
          s.replace(
            /(<Relationship [^>]*\/>)/,
            `$1<Relationship Id="rId1" Type="${MODEL_RELATIONSHIP}" Target="_xmlsignatures/origin.sigs"/>`,
          ),
        ),
        '_xmlsignatures/origin.sigs',
        () => fake.toString('utf8'),
      ),
    );
    // The original rId1 comes first, and it is the one the signature's transform keeps; the second rId1
    // passed for covered, and a reader taking the first model relationship found the invented figures.
    await expectRefusedBecause(file, 'hai quan hệ cùng Id');
  });

  it('refuses a model relationship added after signing', async () => {
    const file = await withEntries(signed, (entries) => [
      ...replaceText(
        replaceText(entries, '_rels/.rels', (s) =>
          s.replace(
            /(<Relationships[^>]*>)/,
            `$1<Relationship Id="rIdNew" Type="${MODEL_RELATIONSHIP}" Target="tiendo/moi.json"/>`,
          ),
        ),
        '[Content_Types].xml',
        (s) =>
          s.replace(
            '</Types>',
            '<Override PartName="/tiendo/moi.json" ContentType="application/json"/></Types>',
          ),
      ),
      { name: 'tiendo/moi.json', data: fake },
    ]);
    await expectRefusedBecause(file, 'nằm ngoài chữ ký');
  });
});

describe('a signature made to keep the verifier busy', () => {
  it('refuses a manifest naming one part many times, even when signed by its author', async () => {
    const file = await withEntries(signed, (entries) =>
      replaceText(entries, '_xmlsignatures/sig1.xml', (xml) => {
        const one = /<Reference URI="\/xl\/styles\.xml[^"]*">.*?<\/Reference>/.exec(xml)![0];
        return resignSignatureXml(xml.replace(one, one.repeat(200)), key.privateKeyPem);
      }),
    );
    const v = await verifyPackage(file);
    expect(v.valid).toBe(false);
    expect(v.problems.map((p) => p.message)).toContain(
      'Danh sách ký của chữ ký "/_xmlsignatures/sig1.xml" nêu phần "/xl/styles.xml?ContentType=application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml" hơn một lần.',
    );
    // the re-signing itself is sound: without the repeats the file is valid again
    const resignedOnly = await withEntries(signed, (entries) =>
      replaceText(entries, '_xmlsignatures/sig1.xml', (xml) =>
        resignSignatureXml(xml.replace('<SignatureValue>', '<SignatureValue>AAAA'), key.privateKeyPem),
      ),
    );
    expect((await verifyPackage(resignedOnly)).problems).toEqual([]);
  });
});

describe('the embedded model, read as hostile JSON', () => {
  it('refuses a model with a key written twice (one reader keeps the first, another the last)', async () => {
    const twice = Buffer.from(
      JSON.stringify(model).replace('"summary":{', `"summary":{"taskSentence":"${INVENTED}",`),
    );
    const file = await withEntries(plain, (entries) =>
      entries.map((e) => (e.name === MODEL_PART ? { ...e, data: twice } : e)),
    );
    await expectRefused(file);
    // signed by its author, it is still refused: what it shows cannot be told
    const signedTwice = await signPackage(file, key, { signingTime: SIGNING_TIME });
    expect((await verifyPackage(signedTwice)).valid).toBe(true);
    await expectRefusedBecause(signedTwice, 'xuất hiện hai lần');
  });

  it('refuses a model nested deeper than any model is', async () => {
    const deep = Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    await expectRefused(
      await withEntries(plain, (entries) =>
        entries.map((e) => (e.name === MODEL_PART ? { ...e, data: deep } : e)),
      ),
    );
  });

  it('refuses deep XML and a content type declared twice', async () => {
    const deep = await expectRefused(
      await withEntries(signed, (entries) =>
        replaceText(entries, '_rels/.rels', (s) =>
          s.replace('</Relationships>', `${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</Relationships>`),
        ),
      ),
    );
    expect(messages(deep)).toContain('lồng nhau quá 64 tầng');
    const twice = await expectRefused(
      await withEntries(signed, (entries) =>
        replaceText(entries, '[Content_Types].xml', (s) =>
          s.replace(
            '</Types>',
            `<Override PartName="/${MODEL_PART.toUpperCase()}" ContentType="application/json"/></Types>`,
          ),
        ),
      ),
    );
    expect(messages(twice)).toContain('khai báo hai lần phần');
  });
});

describe('what still reads', () => {
  it('a report signed and untouched: valid, with its figures', async () => {
    const v = await verifyPackage(signed);
    expect(v.problems).toEqual([]);
    expect((await readReportModel(signed))?.summary.taskSentence).toBe(model.summary.taskSentence);
    // a package rewritten by an ordinary zip tool is still the same package
    const rezipped = await (
      await JSZip.loadAsync(signed)
    ).generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect((await verifyPackage(rezipped)).valid).toBe(true);
  });
});
