// The trust list, token, centre and receipt methods through the router, as the screens to come will call
// them: "tin cậy người ký này" with the fingerprint compared (a mismatch refused, naming the group), CA
// certificates and CRLs imported, the file role enforced both ways, received files with their verdicts,
// on time or late against the deadline (the centre's clock, an e-mail's date), the newest trusted
// version shown, the consolidated workbook, a receipt, and the province's submission acknowledged.
import { X509Certificate } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult, Input, MethodName, Output } from '../../../shared/api/contract';
import { createHandlers, createRouter, type Route } from '../../../main/api';
import { SCHEMA_VERSION } from '../../../main/db/migrations';
import { groupFingerprint } from '../../../main/excel/signature';
import { buildEmlDraft } from '../../../main/mail/eml';
import { exportReport } from '../../../main/services/reports/export';
import { makeCrl, makeIdentity, makeP12, makeP7b, type TestIdentity } from '../../helpers/pki';
import { openTestStore, type TestStore } from '../../helpers/store';
import { REPORT_DAY, scriptedProvince, type Province } from '../reports/fixture';

const PW = 'mật khẩu';
const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');

function caller(route: Route) {
  return {
    async ok<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
      const r = (await route(method, input)) as ApiResult<Output<M>>;
      if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
      return r.value;
    },
    async fails<M extends MethodName>(
      method: M,
      input: Input<M>,
    ): Promise<{ code: string; message: string }> {
      const r = await route(method, input);
      if (r.ok) throw new Error(`${method} should have failed`);
      return r.error;
    },
  };
}

let p: Province;
let centre: TestStore;
let province: ReturnType<typeof caller>;
let api: ReturnType<typeof caller>;
let root: TestIdentity;
let ca: TestIdentity;
let signer: TestIdentity;

async function signedReport(key = signer): Promise<Buffer> {
  const r = await exportReport(p.store.ctx, p.store.dir, {
    planId: p.planId,
    period: '2025-Q4',
    kind: 'bao_cao_dinh_ky',
    signWith: { kind: 'p12', p12: makeP12(key, PW), password: PW, certificate: { accepted: 'any' } },
  });
  return r.content;
}

beforeEach(async () => {
  p = await scriptedProvince();
  p.store.clock.set(REPORT_DAY);
  province = caller(createRouter(createHandlers(p.store.host)));
  centre = await openTestStore('2025-12-17T02:00:00.000Z');
  api = caller(createRouter(createHandlers(centre.host)));
  root = makeIdentity({ subject: { cn: 'Root CA thử nghiệm' }, ca: true });
  ca = makeIdentity({ subject: { cn: 'CA cấp 2 thử nghiệm' }, issuer: root, ca: true });
  signer = makeIdentity({ subject: { cn: 'Nguyễn Văn An', o: 'UBND tỉnh Lâm Đồng' }, issuer: ca });
});
afterEach(() => {
  p.store.close();
  centre.close();
});

const fp = (id: TestIdentity) => groupFingerprint(new X509Certificate(id.certificatePem).fingerprint256);

describe('the trust list through the router', () => {
  it('adds the signer of a report only with the fingerprint read, and the report is then trusted', async () => {
    const report = await signedReport();
    expect((await province.ok('reports.verify', { fileBase64: b64(report) })).verdict).toBe('unconfirmed');
    const c = await province.ok('trust.inspect', { fileBase64: b64(report) });
    expect(c).toMatchObject({
      kind: 'document',
      fingerprint: fp(signer),
      province: 'Tỉnh Lâm Đồng',
      verdict: 'unconfirmed',
      alreadyTrusted: null,
    });
    expect(c.fingerprint).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    expect(c.howToConfirm).toContain('từng nhóm bốn ký tự');
    const groups = fp(signer).split(' ');
    const misread = [...groups.slice(0, 15), groups[15] === '0000' ? '1111' : '0000'].join(' ');
    const wrong = await province.fails('trust.addSigner', {
      fileBase64: b64(report),
      name: 'UBND tỉnh Lâm Đồng',
      fingerprint: misread,
    });
    expect(wrong.code).toBe('DAU_VAN_TAY_KHONG_KHOP');
    expect(wrong.message).toContain(`nhóm thứ 16 của tệp là "${groups[15]}"`);
    expect((await province.ok('trust.list', {})).signers).toEqual([]);
    const short = await province.fails('trust.addSigner', {
      fileBase64: b64(report),
      name: 'UBND tỉnh Lâm Đồng',
      fingerprint: groups[0]!,
    });
    expect(short.code).toBe('DAU_VAN_TAY_SAI_DINH_DANG');
    const entry = await province.ok('trust.addSigner', {
      fileBase64: b64(report),
      name: 'UBND tỉnh Lâm Đồng',
      fingerprint: fp(signer),
    });
    expect(entry).toMatchObject({
      name: 'UBND tỉnh Lâm Đồng',
      province: 'Tỉnh Lâm Đồng',
      source: 'report',
      fingerprint: fp(signer),
    });
    const v = await province.ok('reports.verify', { fileBase64: b64(report) });
    expect(v.verdict).toBe('trusted');
    expect(v.trust).toMatchObject({ status: 'trusted', source: 'trust-list', label: 'UBND tỉnh Lâm Đồng' });
    const again = await province.fails('trust.addSigner', {
      fileBase64: b64(report),
      name: 'X',
      fingerprint: fp(signer),
    });
    expect(again.code).toBe('DA_TIN_CAY');
    await province.ok('trust.removeSigner', { id: entry.id });
    expect((await province.ok('reports.verify', { fileBase64: b64(report) })).verdict).toBe('unconfirmed');
  });

  it('imports CA certificates from a .p7b and a CRL they signed; refuses what is not a CA’s or signed by none', async () => {
    const report = await signedReport();
    const refusedLeaf = await province.fails('trust.importAuthorities', {
      fileBase64: b64(signer.certificatePem),
    });
    expect(refusedLeaf.code).toBe('KHONG_PHAI_CA');
    const { added } = await province.ok('trust.importAuthorities', {
      fileBase64: b64(makeP7b([root.certificatePem, ca.certificatePem])),
    });
    expect(added.map((a) => [a.name, a.root])).toEqual([
      ['Root CA thử nghiệm', true],
      ['CA cấp 2 thử nghiệm', false],
    ]);
    expect(
      (await province.ok('trust.importAuthorities', { fileBase64: b64(root.certificatePem) })).skipped,
    ).toHaveLength(1);
    expect((await province.ok('reports.verify', { fileBase64: b64(report) })).trust).toMatchObject({
      source: 'authority',
    });
    const stranger = makeIdentity({ subject: { cn: 'CA lạ' }, ca: true });
    const unknown = await province.fails('trust.importCrl', { fileBase64: b64(makeCrl(stranger, [])) });
    expect(unknown.code).toBe('CRL_KHONG_RO_NGUON');
    const crl = await province.ok('trust.importCrl', {
      fileBase64: b64(
        makeCrl(ca, [
          {
            serial: new X509Certificate(signer.certificatePem).serialNumber,
            revokedAt: '2025-10-01T00:00:00Z',
            reason: 4,
          },
        ]),
      ),
    });
    expect(crl).toMatchObject({ authority: 'CA cấp 2 thử nghiệm', entries: 1, stale: false });
    const v = await province.ok('reports.verify', { fileBase64: b64(report) });
    expect(v.verdict).toBe('invalid');
    expect(v.certificate).toMatchObject({ status: 'revoked', reason: 'superseded' });
  });

  it('lists the usual PKCS#11 modules and refuses a module path that is not a library', async () => {
    const modules = await province.ok('signing.pkcs11.modules', {});
    expect(modules.some((m) => m.vendor.startsWith('Viettel-CA') && !m.verified)).toBe(true);
    const e = await province.fails('signing.pkcs11.slots', { module: '/khong/co/thu-vien.so' });
    expect(e.code).toBe('PKCS11_KHONG_CO_TEP');
  });
});

describe('the centre through the router', () => {
  it('keeps each side’s methods to its own file', async () => {
    expect(await province.fails('centre.status', { period: '2025-Q4' })).toMatchObject({
      code: 'KHONG_PHAI_TEP_TRUNG_UONG',
    });
    expect(await province.fails('centre.init', { name: 'Bộ' })).toMatchObject({
      code: 'TEP_CO_DU_LIEU_TINH',
    });
    expect((await api.ok('centre.info', {})).name).toBeNull();
    expect(await api.ok('app.info', {})).toMatchObject({ centre: null, isEmpty: true });
    expect(await province.ok('app.info', {})).toMatchObject({ centre: null, isEmpty: false });
    const info = await api.ok('centre.init', { name: 'Bộ Khoa học và Công nghệ' });
    // the shell picks the centre's app from app.info alone (one call asked for at boot)
    expect(await api.ok('app.info', {})).toMatchObject({
      centre: 'Bộ Khoa học và Công nghệ',
      isEmpty: false,
    });
    expect(info.provinces).toHaveLength(34);
    expect(info.provinces.slice(0, 2)).toEqual(['Thành phố Hà Nội', 'Thành phố Hải Phòng']);
    expect(await api.fails('tasks.list', {})).toMatchObject({ code: 'TEP_CUA_TRUNG_UONG' });
    expect(await api.fails('app.createDemo', {})).toMatchObject({ code: 'TEP_CUA_TRUNG_UONG' });
    expect(await api.fails('centre.init', { name: 'Bộ' })).toMatchObject({ code: 'DA_LA_TRUNG_UONG' });
    expect((await api.ok('app.info', {})).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('receives, judges on time or late by the deadline, shows the newest trusted version, consolidates', async () => {
    await api.ok('centre.init', { name: 'Bộ Khoa học và Công nghệ' });
    await api.ok('centre.setDeadline', { period: '2025-Q4', deadline: '2025-12-20' });
    const first = await signedReport();
    const [r1] = await api.ok('centre.receive', { files: [{ name: 'bao-cao.xlsx', base64: b64(first) }] });
    expect(r1).toMatchObject({
      status: 'received',
      province: 'Tỉnh Lâm Đồng',
      verdict: 'unconfirmed',
      version: 1,
    });
    let s = await api.ok('centre.status', { period: '2025-Q4' });
    expect(s.rows.find((r) => r.province === 'Tỉnh Lâm Đồng')).toMatchObject({
      state: 'unconfirmed',
      onTime: true,
    });
    // Trusted from the received file, after the fingerprint is compared.
    await api.ok('centre.trustSigner', {
      receivedId: r1!.receivedId!,
      name: 'UBND tỉnh Lâm Đồng',
      fingerprint: fp(signer),
    });
    s = await api.ok('centre.status', { period: '2025-Q4' });
    expect(s.rows.find((r) => r.province === 'Tỉnh Lâm Đồng')).toMatchObject({
      state: 'received',
      onTime: true,
      versions: 1,
    });

    // A second version after the deadline: late, unless the mail carrying it was sent before.
    p.store.clock.set('2025-12-18T03:00:00.000Z');
    const second = await signedReport();
    centre.clock.set('2025-12-22T02:00:00.000Z');
    const mail = await buildEmlDraft({
      from: 'bcd@lamdong.gov.vn',
      to: ['tiepnhan@mst.gov.vn'],
      subject: 'Báo cáo Quý IV/2025',
      text: 'Kính gửi',
      attachments: [{ filename: 'bao-cao-2.xlsx', content: second }],
      date: new Date('2025-12-19T08:00:00.000Z'),
    });
    const [r2] = await api.ok('centre.receive', { files: [{ name: 'thu.eml', base64: b64(mail) }] });
    expect(r2).toMatchObject({
      status: 'received',
      fileName: 'thu.eml › bao-cao-2.xlsx',
      verdict: 'trusted',
      version: 2,
    });
    s = await api.ok('centre.status', { period: '2025-Q4' });
    const row = s.rows.find((r) => r.province === 'Tỉnh Lâm Đồng')!;
    expect(row).toMatchObject({ state: 'received', onTime: true, versions: 2 });
    expect(row.file).toMatchObject({
      version: 2,
      via: 'eml',
      mailFrom: 'bcd@lamdong.gov.vn',
      arrivedAt: '2025-12-19T08:00:00.000Z',
    });
    // Moved after the deadline, the same report is late.
    await api.ok('centre.setDeadline', { period: '2025-Q4', deadline: '2025-12-18' });
    expect(
      (await api.ok('centre.status', { period: '2025-Q4' })).rows.find((r) => r.province === 'Tỉnh Lâm Đồng')!
        .onTime,
    ).toBe(false);

    // A newer file by a signer nobody confirmed does not replace the trusted one.
    p.store.clock.set('2025-12-19T03:00:00.000Z');
    const impostor = makeIdentity({ subject: { cn: 'Nguyễn Văn An', o: 'UBND tỉnh Lâm Đồng' } });
    await api.ok('centre.receive', {
      files: [{ name: 'gia-mao.xlsx', base64: b64(await signedReport(impostor)) }],
    });
    const after = (await api.ok('centre.status', { period: '2025-Q4' })).rows.find(
      (r) => r.province === 'Tỉnh Lâm Đồng',
    )!;
    expect(after).toMatchObject({ state: 'received', versions: 3, newerNotTrusted: 1 });
    expect(after.file?.version).toBe(2);

    const files = await api.ok('centre.files', { period: '2025-Q4', province: 'Lâm Đồng' });
    expect(files.map((x) => [x.version, x.verdict])).toEqual([
      [3, 'unconfirmed'],
      [2, 'trusted'],
      [1, 'trusted'],
    ]);
    const refusedTampered = await api.ok('centre.receive', {
      files: [{ name: 'khong-phai.xlsx', base64: b64('không phải tệp Excel') }],
    });
    expect(refusedTampered[0]).toMatchObject({ status: 'refused' });
    expect((await api.ok('centre.refusals', {}))[0]).toMatchObject({ fileName: 'khong-phai.xlsx' });

    const download = await api.ok('centre.download', { receivedId: r2!.receivedId! });
    expect(Buffer.from(download.base64, 'base64').equals(second)).toBe(true);
    const book = await api.ok('centre.consolidate', { period: '2025-Q4' });
    expect(book.fileName).toBe('bao-cao-tong-hop-2025-Q4.xlsx');

    // The receipt, signed, back to the province, which sees its acknowledgement.
    const centreKey = makeIdentity({ subject: { cn: 'Văn thư Bộ', o: 'Bộ Khoa học và Công nghệ' } });
    const unsigned = await api.fails('centre.receipt', {
      receivedId: r2!.receivedId!,
      signWith: { kind: 'none' },
    });
    expect(unsigned.code).toBe('CAN_KY_SO');
    const receipt = await api.ok('centre.receipt', {
      receivedId: r2!.receivedId!,
      signWith: { kind: 'p12', p12Base64: b64(makeP12(centreKey, PW)), password: PW },
    });
    expect(
      (await api.ok('centre.files', { period: '2025-Q4', province: null })).find(
        (x) => x.id === r2!.receivedId,
      )!.receipts,
    ).toBe(1);
    const [imported] = await province.ok('receipts.import', {
      files: [{ name: 'thu-tra-loi.eml', base64: receipt.eml.base64 }],
    });
    expect(imported).toMatchObject({
      status: 'imported',
      acknowledgement: { state: 'unconfirmed', centre: 'Bộ Khoa học và Công nghệ' },
    });
    await province.ok('trust.addSigner', {
      fileBase64: b64(centreKey.certificatePem),
      name: 'Bộ Khoa học và Công nghệ',
      province: null,
      fingerprint: fp(centreKey),
    });
    const subs = await province.ok('submissions.list', {});
    const acked = subs.find((x) => x.sha256 === r2!.sha256)!;
    expect(acked.acknowledgement).toMatchObject({
      state: 'confirmed',
      receivedAt: '2025-12-22T02:00:00.000Z',
    });
    expect(subs.filter((x) => x.acknowledgement === null).length).toBe(subs.length - 1);
    const [dup] = await province.ok('receipts.import', {
      files: [{ name: 'bien-nhan.xlsx', base64: receipt.receipt.base64 }],
    });
    expect(dup).toMatchObject({ status: 'duplicate' });
  });

  it('refuses bad input before any service runs', async () => {
    await api.ok('centre.init', { name: 'Bộ Khoa học và Công nghệ' });
    const many = Array.from({ length: 51 }, (_, i) => ({ name: `${i}.xlsx`, base64: b64('x') }));
    expect(await api.fails('centre.receive', { files: many })).toMatchObject({
      code: 'DU_LIEU_KHONG_HOP_LE',
    });
    expect(await api.fails('centre.status', { period: '2025-Q5' })).toMatchObject({
      code: 'DU_LIEU_KHONG_HOP_LE',
    });
    expect(
      await api.fails('trust.addSigner', { fileBase64: b64('x'), name: 'UBND', fingerprint: '' }),
    ).toMatchObject({
      code: 'DU_LIEU_KHONG_HOP_LE',
    });
  });
});
