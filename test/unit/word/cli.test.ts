// The format follows the file name: `tiendo notice --out FILE.docx` and `tiendo report --out FILE.docx`
// write Word documents (signed through the export pipeline and recorded, with --p12), `tiendo verify` and
// `tiendo inspect` read them; the briefing pack stays a workbook and another extension is a usage error.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../main/cli';
import { readMeetingDocument } from '../../../main/excel/briefing/inspect';
import { createSigningIdentity, verifyPackage } from '../../../main/excel/signature';
import { AppHost } from '../../../main/app';
import { memorySecretStore } from '../../../main/secrets/store';
import { listSubmissions, submissionContent } from '../../../main/services/reports/submissions';
import { DOCUMENT_CONTENT_TYPES } from '../../../shared/report/formats';
import { openTestStore, type TestStore } from '../../helpers/store';
import { scriptHistory } from '../briefing/history';

const DOCX_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
let store: TestStore;
let p12: string;
let logged: string[];

beforeEach(async () => {
  store = await openTestStore();
  scriptHistory(store);
  store.host.close(); // the command opens the file itself
  p12 = path.join(store.dir, 'signer.p12');
  writeFileSync(
    p12,
    createSigningIdentity({
      commonName: 'Trần Văn Bình',
      organization: 'Ban Chỉ đạo',
      locality: 'Lâm Đồng',
      password: 'bí mật',
      now: new Date('2025-01-01T00:00:00Z'),
    }).p12,
  );
  logged = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void logged.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void logged.push(a.join(' ')));
  process.env.TIENDO_TEST_PW = 'bí mật';
});
afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.TIENDO_TEST_PW;
  store.close();
});

const isWord = async (file: string) =>
  (await JSZip.loadAsync(readFileSync(file))).file('[Content_Types].xml')!.async('string');

describe('tiendo notice / report --out FILE.docx', () => {
  it('writes the notice as a Word document by its file name, unsigned and signed', async () => {
    const plain = path.join(store.dir, 'thong-bao.docx');
    expect(await run(['notice', '--db', store.dbFile, '--meeting', '2', '--out', plain])).toBe(0);
    expect(await isWord(plain)).toContain(DOCX_MAIN);
    expect(await readMeetingDocument(readFileSync(plain))).toMatchObject({
      kind: 'notice',
      notice: { meeting: { number: 2 } },
    });

    const signed = path.join(store.dir, 'thong-bao-da-ky.DOCX');
    const args = ['--meeting', '2', '--out', signed, '--p12', p12, '--password-env', 'TIENDO_TEST_PW'];
    expect(await run(['notice', '--db', store.dbFile, ...args])).toBe(0);
    expect((await verifyPackage(readFileSync(signed))).valid).toBe(true);
    // Intact, signer not yet confirmed (no trust list): exit 3.
    expect(await run(['verify', signed])).toBe(3);

    const host = await AppHost.open({
      secrets: memorySecretStore(),
      dbFile: store.dbFile,
      mode: 'browser',
      version: 't',
    });
    try {
      const [last] = listSubmissions(host.ctx, { planId: null, limit: 1 });
      expect(last?.fileName).toBe('thong-bao-ket-luan-phien-hop-2-2025-06-10-da-ky.docx');
      const kept = submissionContent(host.ctx, last!.id);
      expect(kept.contentType).toBe(DOCUMENT_CONTENT_TYPES.docx);
      expect(kept.content.equals(readFileSync(signed))).toBe(true);
    } finally {
      host.close();
    }
  });

  it('writes the signed report as a Word document, which verify and inspect read', async () => {
    const out = path.join(store.dir, 'bao-cao.docx');
    const args = ['--period', '2025-Q2', '--out', out, '--p12', p12, '--password-env', 'TIENDO_TEST_PW'];
    expect(await run(['report', '--db', store.dbFile, ...args])).toBe(0);
    expect(await isWord(out)).toContain(DOCX_MAIN);
    expect(await run(['verify', out])).toBe(3);
    logged = [];
    expect(await run(['inspect', out, '--json'])).toBe(0);
    const model = JSON.parse(logged.find((l) => l.startsWith('{'))!) as { period: { key: string } };
    expect(model.period.key).toBe('2025-Q2');
  });

  it('keeps the briefing a workbook and refuses other extensions, saying which ones it takes', async () => {
    const briefing = path.join(store.dir, 'tai-lieu.docx');
    expect(await run(['briefing', '--db', store.dbFile, '--meeting', '2', '--out', briefing])).toBe(2);
    expect(logged.join('\n')).toContain('.xlsx (Excel (.xlsx))');
    const pdf = path.join(store.dir, 'thong-bao.pdf');
    expect(await run(['notice', '--db', store.dbFile, '--meeting', '2', '--out', pdf])).toBe(2);
    expect(logged.join('\n')).toContain('--out: tên tệp phải có đuôi .xlsx hoặc .docx');
    const report = path.join(store.dir, 'bao-cao.odt');
    expect(await run(['report', '--db', store.dbFile, '--period', '2025-Q2', '--out', report])).toBe(2);
    expect(logged.join('\n')).toContain('.xlsx (Excel) hoặc .docx (Word)');
  });
});
