// The export pipeline end to end, as the app calls it: the app's own signing identity (created, unlocked
// with a password that is never stored), export as a background job with progress, the submission with the
// hash of exactly the bytes handed out, verification, the certificate for the centre, the .eml draft.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Job,
  ReportVerification,
  SigningIdentity,
  Submission,
  FileDownload,
} from '../../../shared/api/types';
import { createHandlers, createRouter, type Route } from '../../../main/api';
import { createSigningIdentity, verifyPackage } from '../../../main/excel/signature';
import { readReportModel } from '../../../main/excel/report';
import { updateSettings } from '../../../main/services/settings';
import {
  createAppIdentity,
  getSigningIdentity,
  unlockAppIdentity,
} from '../../../main/services/reports/identity';
import { exportReport } from '../../../main/services/reports/export';
import { signWithFrom } from '../../../main/services/reports/pipeline';
import { verifyReportFile } from '../../../main/services/reports/verify';
import { listSubmissions, sha256Hex, submissionContent } from '../../../main/services/reports/submissions';
import { JobRegistry } from '../../../main/services/jobs';
import { waitUntil } from '../../helpers/waits';
import { scriptedProvince, type Province } from './fixture';

const PASSWORD = 'mật-khẩu-rất-riêng-2025';
let p: Province;
let dir: string;
beforeEach(async () => {
  p = await scriptedProvince();
  dir = path.dirname(p.store.dbFile);
  // Certificates are valid from "now": the app's clock is the report day.
});
afterEach(() => p.store.close());

const request = { period: '2025-Q4', kind: 'bao_cao_dinh_ky' as const };

describe('the app signing identity', () => {
  it('is created once, kept as a PKCS#12 next to the database, and opened only with its password', () => {
    expect(getSigningIdentity(dir)).toBeNull();
    const id = createAppIdentity(p.store.ctx, dir, {
      commonName: 'Trần Văn Bình',
      email: 'binh@lamdong.gov.vn',
      password: PASSWORD,
      replace: false,
    });
    // The certificate names the officer, the committee and the province (from the settings).
    expect(id.subject).toContain(
      'CN=Trần Văn Bình, O=Ban Chỉ đạo chuyển đổi số tỉnh Lâm Đồng, L=Tỉnh Lâm Đồng, C=VN',
    );
    expect(id.commonName).toBe('Trần Văn Bình');
    expect(id.fingerprintSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(getSigningIdentity(dir)).toEqual(id);
    const p12 = path.join(dir, 'signing-identity.p12');
    expect(existsSync(p12)).toBe(true);
    if (process.platform !== 'win32') expect(statSync(p12).mode & 0o777).toBe(0o600);
    expect(() =>
      createAppIdentity(p.store.ctx, dir, { commonName: 'X', email: '', password: PASSWORD, replace: false }),
    ).toThrow(/Đã có chữ ký số/);
    expect(() => unlockAppIdentity(dir, 'sai mật khẩu')).toThrow(/Mật khẩu của tệp chứng thư số không đúng/);
    expect(unlockAppIdentity(dir, PASSWORD).certificatePem).toBe(id.certificatePem);
  });

  it('keeps the old identity when replaced', () => {
    const first = createAppIdentity(p.store.ctx, dir, {
      commonName: 'Người thứ nhất',
      email: '',
      password: PASSWORD,
      replace: false,
    });
    const second = createAppIdentity(p.store.ctx, dir, {
      commonName: 'Người thứ hai',
      email: '',
      password: PASSWORD,
      replace: true,
    });
    expect(second.fingerprintSha256).not.toBe(first.fingerprintSha256);
    expect(readdirSync(dir).filter((f) => f.endsWith('.old'))).toHaveLength(2);
  });
});

describe('exportReport', () => {
  it('signs with the app identity and records the hash of exactly the bytes handed out', async () => {
    createAppIdentity(p.store.ctx, dir, {
      commonName: 'Trần Văn Bình',
      email: '',
      password: PASSWORD,
      replace: false,
    });
    const stages: string[] = [];
    const r = await exportReport(
      p.store.ctx,
      dir,
      { planId: p.planId, ...request, signWith: { kind: 'identity', password: PASSWORD } },
      (_f, s) => stages.push(s),
    );
    expect(stages).toContain('Đang ký số…');
    expect(r.signer).toBe('Trần Văn Bình');
    expect(r.fileName).toBe('bao-cao-chuyen-doi-so-2025-Q4-da-ky.xlsx');
    expect(r.sha256).toBe(sha256Hex(r.content));
    expect(Buffer.from(r.base64, 'base64').equals(r.content)).toBe(true);
    const v = await verifyPackage(r.content);
    expect([v.valid, v.complete, v.signer?.commonName]).toEqual([true, true, 'Trần Văn Bình']);
    expect((await readReportModel(r.content))?.period.key).toBe('2025-Q4');
    const [s] = listSubmissions(p.store.ctx, { planId: p.planId, limit: 10 });
    expect(s).toMatchObject({
      id: r.submissionId,
      sha256: r.sha256,
      signer: 'Trần Văn Bình',
      state: 'da_ky',
      channel: 'file',
      period: '2025-Q4',
      kind: 'bao_cao_dinh_ky',
    });
    expect(submissionContent(p.store.ctx, r.submissionId).content.equals(r.content)).toBe(true);
  });

  it('fails fast on a wrong password and records nothing', async () => {
    createAppIdentity(p.store.ctx, dir, {
      commonName: 'Trần Văn Bình',
      email: '',
      password: PASSWORD,
      replace: false,
    });
    await expect(
      exportReport(p.store.ctx, dir, {
        planId: p.planId,
        ...request,
        signWith: { kind: 'identity', password: 'sai' },
      }),
    ).rejects.toThrow(/Mật khẩu/);
    await expect(
      exportReport(p.store.ctx, dir, {
        planId: p.planId,
        ...request,
        signWith: { kind: 'p12', p12: Buffer.from('not a p12'), password: 'x' },
      }),
    ).rejects.toThrow(/PKCS#12/);
    expect(listSubmissions(p.store.ctx, { planId: null, limit: 10 })).toEqual([]);
  });

  it('exports unsigned when asked', async () => {
    const r = await exportReport(p.store.ctx, dir, {
      planId: p.planId,
      ...request,
      signWith: { kind: 'none' },
      docNumber: '07/BC-BCĐ',
    });
    expect(r.signer).toBeNull();
    expect(r.fileName).toBe('bao-cao-chuyen-doi-so-2025-Q4.xlsx');
    expect((await readReportModel(r.content))?.header.docNumber).toBe('Số: 07/BC-BCĐ');
    expect(listSubmissions(p.store.ctx, { planId: null, limit: 10 })[0]).toMatchObject({
      state: 'tao_moi',
      docNumber: '07/BC-BCĐ',
    });
  });
});

describe('certificates out of their validity', () => {
  const DAY = 86_400_000;
  const p12Valid = (from: string, years: number) =>
    createSigningIdentity({
      commonName: 'Lê Văn Cường',
      organization: 'Ban Chỉ đạo',
      locality: 'Lâm Đồng',
      password: 'pw',
      now: new Date(from),
      validYears: years,
    }).p12.toString('base64');
  const count = () => listSubmissions(p.store.ctx, { planId: null, limit: 10 }).length;

  it('stops before signing with an expired certificate until the person accepts, and verify then says when it expired', async () => {
    const p12Base64 = p12Valid('2023-01-01T00:00:00Z', 2); // expired on 01/01/2025
    const refused = exportReport(p.store.ctx, dir, {
      planId: p.planId,
      ...request,
      signWith: signWithFrom({ kind: 'p12', p12Base64, password: 'pw' }),
    });
    await expect(refused).rejects.toMatchObject({
      code: 'CHUNG_THU_HET_HAN',
      message: expect.stringContaining('đã hết hạn từ ngày 01/01/2025'),
    });
    expect(count()).toBe(0);

    const r = await exportReport(p.store.ctx, dir, {
      planId: p.planId,
      ...request,
      signWith: signWithFrom({ kind: 'p12', p12Base64, password: 'pw', acceptCertificateWarning: true }),
    });
    const v = await verifyReportFile(r.content);
    expect(v).toMatchObject({
      verdict: 'invalid',
      intact: true,
      signatureValid: true,
      certificateValid: false,
      certificate: { status: 'expired' },
    });
    expect(v.problems.map((x) => x.code)).toEqual(['CHUNG_THU_HET_HAN']);
    expect(v.problems[0]!.message).toMatch(
      /đã hết hạn từ ngày 01\/01\/2025, trước thời điểm ký \(16\/12\/2025\)/,
    );
  });

  it('asks the person to confirm a certificate that is not valid yet, or expires within 30 days', async () => {
    const notYet = p12Valid(new Date(Date.parse('2025-12-16T03:00:00Z') + 10 * DAY).toISOString(), 1);
    await expect(
      exportReport(p.store.ctx, dir, {
        planId: p.planId,
        ...request,
        signWith: signWithFrom({ kind: 'p12', p12Base64: notYet, password: 'pw' }),
      }),
    ).rejects.toMatchObject({
      code: 'CHUNG_THU_CHUA_HIEU_LUC',
      message: expect.stringContaining('chưa có hiệu lực đến ngày 26/12/2025'),
    });
    const soon = p12Valid('2024-12-26T03:00:00Z', 1); // until 26/12/2025: 10 days after the report day
    await expect(
      exportReport(p.store.ctx, dir, {
        planId: p.planId,
        ...request,
        signWith: signWithFrom({ kind: 'p12', p12Base64: soon, password: 'pw' }),
      }),
    ).rejects.toMatchObject({
      code: 'CHUNG_THU_SAP_HET_HAN',
      message: expect.stringContaining('(còn 10 ngày)'),
    });
    expect(count()).toBe(0);
    const r = await exportReport(p.store.ctx, dir, {
      planId: p.planId,
      ...request,
      signWith: signWithFrom({
        kind: 'p12',
        p12Base64: soon,
        password: 'pw',
        acceptCertificateWarning: true,
      }),
    });
    expect((await verifyReportFile(r.content)).verdict).toBe('unconfirmed');
  });
});

describe('JobRegistry', () => {
  it('runs in the background, reports progress and keeps the result or a readable error', async () => {
    const jobs = new JobRegistry();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let halfway!: () => void;
    const atHalfway = new Promise<void>((r) => (halfway = r));
    const id = jobs.start(async (progress) => {
      progress(0.5, 'Nửa đường…');
      halfway();
      await gate;
      return {
        submissionId: 's',
        fileName: 'f.xlsx',
        contentType: 'x',
        sha256: 'h',
        signer: null,
        base64: '',
      };
    });
    expect(jobs.get(id).state).toBe('running');
    await atHalfway; // the job runs on a later turn of the event loop, never inside start()
    expect(jobs.get(id)).toMatchObject({ state: 'running', progress: 0.5, stage: 'Nửa đường…' });
    release();
    await jobs.settled(id);
    expect(jobs.get(id)).toMatchObject({ state: 'done', progress: 1, result: { fileName: 'f.xlsx' } });
    const failing = jobs.start(async () => {
      throw new Error('secret stack detail');
    });
    await jobs.settled(failing);
    expect(jobs.get(failing).state).toBe('failed');
    expect(jobs.get(failing).error?.code).toBe('LOI_HE_THONG');
    expect(jobs.get(failing).error?.message).not.toContain('secret');
    expect(() => jobs.get('00000000-0000-0000-0000-000000000000')).toThrow(/Không tìm thấy công việc/);
  });
});

describe('through the API router', () => {
  let route: Route;
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await route(method, input);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  beforeEach(() => {
    route = createRouter(createHandlers(p.store.host));
    updateSettings(p.store.ctx, { centreEmail: 'bcd@mst.gov.vn' });
  });

  it('exports a signed report as a job, lists it, verifies it, drafts the e-mail; the password is stored nowhere', async () => {
    const identity = await call<SigningIdentity>('signing.identity.create', {
      commonName: 'Trần Văn Bình',
      password: PASSWORD,
    });
    expect(await call<SigningIdentity | null>('signing.identity.get', {})).toEqual(identity);
    const { jobId } = await call<{ jobId: string }>('reports.export', {
      planId: p.planId,
      period: '2025-Q4',
      signWith: { kind: 'identity', password: PASSWORD },
    });
    const job = await waitUntil(
      async () => {
        const now = await call<Job>('jobs.get', { id: jobId });
        return now.state !== 'running' && now;
      },
      {
        what: 'the export job finishes',
        because: 'jobs.get is how the API reports a job (the renderer polls it too)',
        timeoutMs: 60_000,
      },
    );
    expect(job.state).toBe('done');
    expect(job.result?.signer).toBe('Trần Văn Bình');
    const file = job.result!.base64;

    const verification = await call<ReportVerification>('reports.verify', { fileBase64: file });
    expect(verification).toMatchObject({
      signed: true,
      valid: true,
      complete: true,
      problems: [],
      sha256: job.result!.sha256,
      // signed by this machine's own identity: the one signer it can confirm
      verdict: 'trusted',
      trust: { status: 'trusted', source: 'app-identity' },
    });
    expect(verification.signer?.fingerprintSha256).toBe(identity.fingerprintSha256);
    expect(verification.fingerprint).toBe(
      identity.fingerprintSha256.replace(/:/g, '').replace(/(.{4})(?!$)/g, '$1 '),
    );
    expect(verification.report).toMatchObject({ periodLabel: 'Quý IV/2025', province: 'Tỉnh Lâm Đồng' });

    const [submission] = await call<Submission[]>('submissions.list', { planId: p.planId });
    expect(submission).toMatchObject({
      id: job.result!.submissionId,
      sha256: job.result!.sha256,
      state: 'da_ky',
    });
    const download = await call<FileDownload>('submissions.download', { submissionId: submission!.id });
    expect(download.base64).toBe(file);

    const eml = await call<FileDownload>('submissions.emailDraft', { submissionId: submission!.id });
    expect(eml.fileName).toBe('bao-cao-chuyen-doi-so-2025-Q4-da-ky.eml');
    const mail = await simpleParser(Buffer.from(eml.base64, 'base64'));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect((mail.to as { text: string }).text).toBe('bcd@mst.gov.vn');
    expect(mail.subject).toContain('Quý IV/2025');
    expect(mail.text).toContain(job.result!.sha256);
    expect(mail.attachments[0]!.content.equals(Buffer.from(file, 'base64'))).toBe(true);
    expect((await call<Submission[]>('submissions.list', {}))[0]!.channel).toBe('eml');

    const cer = await call<FileDownload>('signing.identity.exportCertificate', { format: 'pem' });
    expect(Buffer.from(cer.base64, 'base64').toString()).toBe(identity.certificatePem);

    // Without SMTP settings the outbox is not offered.
    const queued = await route('submissions.queueEmail', { submissionId: submission!.id });
    expect(queued.ok ? null : queued.error.code).toBe('CHUA_CAU_HINH_SMTP');

    p.store.host.close();
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (!statSync(full).isFile()) continue;
      const bytes = readFileSync(full);
      expect(bytes.includes(Buffer.from(PASSWORD)), name).toBe(false);
    }
  });

  it('refuses to sign a period that has not ended unless the call says provisional, which the workbook then says', async () => {
    // 1 December: Quý IV/2025 runs to its cut-off, 14 December (the certificate is valid from then on).
    p.store.clock.set('2025-12-01T03:00:00.000Z');
    await call('signing.identity.create', { commonName: 'Trần Văn Bình', password: PASSWORD });
    const input = { planId: p.planId, period: '2025-Q4', signWith: { kind: 'identity', password: PASSWORD } };
    const refused = await route('reports.export', input);
    expect(refused.ok ? null : refused.error).toEqual({
      code: 'KY_CHUA_KET_THUC',
      message:
        'Kỳ Quý IV/2025 chưa kết thúc (đến 14/12/2025). Số liệu là tạm tính đến ngày 01/12/2025 và báo cáo ' +
        'sẽ ghi rõ "Số liệu tạm tính". Hãy xác nhận xuất báo cáo tạm tính, hoặc chờ hết kỳ rồi xuất.',
      key: 'KY_CHUA_KET_THUC',
      params: { label: 'Quý IV/2025', period: '2025-Q4', to: '14/12/2025', today: '01/12/2025' },
    });
    expect(await call<Submission[]>('submissions.list', {})).toEqual([]);

    const { jobId } = await call<{ jobId: string }>('reports.export', { ...input, provisional: true });
    const job = await waitUntil(
      async () => {
        const now = await call<Job>('jobs.get', { id: jobId });
        return now.state !== 'running' && now;
      },
      { what: 'the provisional export finishes', because: 'jobs.get reports a job', timeoutMs: 60_000 },
    );
    expect(job.state).toBe('done');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(Buffer.from(job.result!.base64, 'base64')).buffer);
    for (const name of ['Phụ lục 1', 'Phụ lục 2'])
      expect(String(wb.getWorksheet(name)!.getCell(4, 1).value)).toBe(
        'Số liệu tạm tính đến ngày 01/12/2025 (kỳ báo cáo chưa kết thúc)',
      );
  });

  it('refuses bad input before starting a job', async () => {
    const r = await route('reports.export', {
      planId: p.planId,
      period: '2025-Q5',
      signWith: { kind: 'none' },
    });
    expect(r.ok ? null : r.error.code).toBe('DU_LIEU_KHONG_HOP_LE');
    const noPassword = await route('reports.export', {
      planId: p.planId,
      period: '2025-Q4',
      signWith: { kind: 'identity', password: '' },
    });
    expect(noPassword.ok ? null : noPassword.error.message).toMatch(/Mật khẩu chữ ký số: chưa nhập/);
    const noIdentity = await route('reports.export', {
      planId: p.planId,
      period: '2025-Q4',
      signWith: { kind: 'identity', password: 'x' },
    });
    // The job starts; it fails with the reason, and no submission is recorded.
    const { jobId } = (noIdentity as { ok: true; value: { jobId: string } }).value;
    const job = await waitUntil(
      async () => {
        const now = await call<Job>('jobs.get', { id: jobId });
        return now.state !== 'running' && now;
      },
      {
        what: 'the export job fails',
        because: 'jobs.get is how the API reports a job (the renderer polls it too)',
      },
    );
    expect(job.state).toBe('failed');
    expect(job.error?.code).toBe('CHUA_CO_CHU_KY');
    expect(await call<Submission[]>('submissions.list', {})).toEqual([]);
  });
});
