// Report commands: report (export, optionally signed), verify, inspect, email.
// Passwords are read from an environment variable named on the command line, never from an argument,
// so they do not end up in shell history or in the process list.
// verify and inspect read a file from anyone through one strict reading of the package (its signature and
// its embedded model together); verify's exit code says which of the three outcomes it is.
import type { Command } from 'commander';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parsePeriod } from '../../shared/rules/periods';
import { formatOfFileName } from '../../shared/report/formats';
import { REPORT_KINDS } from '../../shared/report/model';
import { AppError } from '../errors';
import { reportModelOf } from '../excel/report/inspect';
import { openVerifiedPackage, type VerifiedPackage } from '../excel/signature';
import { defaultPlan } from '../services/plans';
import { exportReport } from '../services/reports/export';
import { buildDocumentMail } from '../services/reports/mail';
import { markEmailDraft, sha256Hex } from '../services/reports/submissions';
import { ownSigners } from '../services/reports/identity';
import { invalidReason, verificationOf } from '../services/reports/verify';
import { getSettings } from '../services/settings';
import { verifyOptionsOf } from '../services/trust';
import { writeFileAtomic } from '../fsx/atomicWrite';
import { localDate } from '../excel/signature';
import { dbFileOf, ExitCode, outputFile, UsageError, withHost, type DbOption } from './shared';
import { cliCertificatePolicy, signWithOf, withSigningOptions, type SigningOptions } from './signing';
import { one, sql } from '../db/sql';

function readInput(file: string): Buffer {
  const full = path.resolve(file);
  if (!existsSync(full)) throw new AppError('KHONG_TIM_THAY', `Không tìm thấy tệp "${full}".`);
  return readFileSync(full);
}

interface ReportOptions extends DbOption, SigningOptions {
  plan?: string;
  period: string;
  out: string;
  number?: string;
  force?: boolean;
  allowExpiredCertificate?: boolean;
}

const CERTIFICATE_OUT_OF_VALIDITY = new Set(['CHUNG_THU_HET_HAN', 'CHUNG_THU_CHUA_HIEU_LUC']);

/** Exit code of `tiendo verify` for a file that is intact but whose signer is not confirmed. */
export const EXIT_UNCONFIRMED = 3;

function registerReport(program: Command): void {
  withSigningOptions(program.command('report'))
    .description(
      'xuất báo cáo định kỳ ra tệp Excel (.xlsx) hoặc Word (.docx) theo đuôi tên tệp (ký số bằng --p12 hoặc thiết bị ký số --pkcs11), ghi hồ sơ báo cáo kèm mã SHA-256',
    )
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .option('--plan <id>', 'kế hoạch (mặc định: kế hoạch mở mặc định trong ứng dụng)')
    .requiredOption('--period <key>', 'kỳ báo cáo: 2025-Q1..2025-Q4, 2025-H1, 2025-9M, 2025')
    .requiredOption(
      '--out <file>',
      'tệp sẽ ghi: .xlsx (Excel, phụ lục là các trang tính) hoặc .docx (Word, phụ lục là các bảng)',
    )
    .option('--number <docNumber>', 'số văn bản, ví dụ 05/BC-BCĐ (mặc định: số trong bản nháp)')
    .option('--force', 'ghi đè tệp đã có')
    .option(
      '--allow-expired-certificate',
      'vẫn ký khi chứng thư số đã hết hạn hoặc chưa có hiệu lực (tệp sẽ bị báo là không hợp lệ khi kiểm tra)',
    )
    .action(async (opts: ReportOptions) => {
      if (!parsePeriod(opts.period))
        throw new UsageError(
          `--period: kỳ "${opts.period}" không hợp lệ (ví dụ 2025-Q4, 2025-H1, 2025-9M, 2025).`,
        );
      const format = formatOfFileName(opts.out);
      if (!format) throw new UsageError('--out: tên tệp phải kết thúc bằng .xlsx (Excel) hoặc .docx (Word).');
      const out = outputFile(opts.out, opts.force);
      // A certificate about to expire is signed with and warned about; one out of its validity only with the flag.
      const signWith = signWithOf(opts, cliCertificatePolicy(opts.allowExpiredCertificate));
      await withHost(opts, { access: 'write', command: 'report' }, async (host) => {
        const planId = opts.plan ?? defaultPlan(host.ctx)?.id;
        if (!planId) throw new AppError('KHONG_CO_KE_HOACH', 'Tệp dữ liệu chưa có kế hoạch nào để báo cáo.');
        // The file is written completely (or not at all) before the submission is recorded; if recording
        // then fails, the file goes too, so a file on disk and the submission history always agree.
        let delivered = false;
        try {
          const result = await exportReport(host.ctx, path.dirname(host.dbFile), {
            planId,
            period: opts.period,
            kind: REPORT_KINDS[0],
            format,
            signWith,
            ...(opts.number === undefined ? {} : { docNumber: opts.number }),
            deliver: (content) => {
              writeFileAtomic(out, content, { overwrite: opts.force ?? false });
              delivered = true;
            },
          }).catch((error: unknown) => {
            if (error instanceof AppError && CERTIFICATE_OUT_OF_VALIDITY.has(error.code))
              throw new AppError(
                error.code,
                `${error.message} Nếu vẫn muốn ký bằng chứng thư này, thêm --allow-expired-certificate.`,
              );
            throw error;
          });
          console.log(`Đã xuất báo cáo: ${out}`);
          console.log(`SHA-256: ${result.sha256}`);
          console.log(`Người ký: ${result.signer ?? '(chưa ký số)'}`);
          console.log(`Hồ sơ báo cáo: ${result.submissionId}`);
        } catch (error) {
          if (delivered) rmSync(out, { force: true });
          throw error;
        }
      });
    });
}

/**
 * Opens a file from anyone once: the signature verdict and the embedded parts come from the same bytes.
 * With --db, the file's trust list decides who is confirmed (its signers, its CAs and their revocation
 * lists), besides this machine's own signing identities beside it; without, only those identities do.
 */
async function openForReading(
  file: string,
  db: string | undefined,
): Promise<{ content: Buffer; pkg: VerifiedPackage }> {
  const content = readInput(file);
  const own = ownSigners(path.dirname(dbFileOf({ ...(db ? { db } : {}) })));
  if (!db) return { content, pkg: await openVerifiedPackage(content, { trusted: own }) };
  // Verified while the file is open: the revocation lists are looked up in it as the chain is checked.
  const pkg = await withHost({ db }, { access: 'read', command: 'verify', role: 'any' }, (host) =>
    openVerifiedPackage(content, verifyOptionsOf(host.ctx, own)),
  );
  return { content, pkg };
}

const dateOf = (iso: string) => localDate(iso);

function registerVerify(program: Command): void {
  program
    .command('verify')
    .description(
      'kiểm tra chữ ký số của tệp báo cáo: tệp còn nguyên vẹn không, ai ký (đã xác nhận hay chưa), khi nào, phần nào bị thay đổi. ' +
        `Mã thoát: 0 nguyên vẹn và người ký đã được xác nhận; ${EXIT_UNCONFIRMED} nguyên vẹn nhưng chưa xác nhận được người ký; 1 không hợp lệ`,
    )
    .argument('<file>', 'tệp .xlsx')
    .option(
      '--db <file>',
      'tệp dữ liệu: danh sách tin cậy của tệp (người ký, tổ chức cấp chứng thư, danh sách thu hồi) quyết định người ký đã được xác nhận chưa',
    )
    .action(async (file: string, opts: DbOption) => {
      const { content, pkg } = await openForReading(file, opts.db);
      const v = verificationOf(pkg, content);
      console.log(`Tệp: ${path.resolve(file)}`);
      console.log(`SHA-256: ${v.sha256}`);
      if (v.report)
        console.log(
          `Báo cáo (theo dữ liệu đã ký): ${v.report.title}${v.report.docNumber ? ` (Số ${v.report.docNumber})` : ''}, ${v.report.province}`,
        );
      if (v.signer) {
        console.log(`Người ký (theo chứng thư số): ${v.signer.subject}`);
        console.log(`Cấp bởi: ${v.signer.issuer}${v.signer.issuer === v.signer.subject ? ' (tự ký)' : ''}`);
        console.log(`Dấu vân tay chứng thư số (SHA-256): ${v.fingerprint}`);
        console.log(`Hiệu lực chứng thư số: ${dateOf(v.signer.notBefore)} đến ${dateOf(v.signer.notAfter)}`);
      }
      if (v.signingTime) console.log(`Thời điểm ký: ${v.signingTime}`);
      if (v.problems.length) console.log('Vấn đề:');
      for (const p of v.problems) console.log(`  - ${p.message}${p.part ? ` [${p.part}]` : ''}`);
      if (v.notes.length) console.log('Lưu ý:');
      for (const n of v.notes) console.log(`  - ${n.message}`);
      if (v.verdict === 'trusted' && v.trust.status === 'trusted') {
        console.log(
          `Kết quả: HỢP LỆ. Tệp nguyên vẹn (không bị thay đổi sau khi ký) và người ký đã được xác nhận: ${v.trust.label}.`,
        );
        return;
      }
      if (v.verdict === 'unconfirmed') {
        console.log(
          'Kết quả: TỆP NGUYÊN VẸN, CHƯA XÁC NHẬN ĐƯỢC NGƯỜI KÝ. Tệp không bị thay đổi sau khi ký, nhưng chưa có gì ' +
            `xác nhận chứng thư số này là của "${v.signer?.commonName ?? ''}": ai cũng có thể tự tạo chứng thư số mang ` +
            `tên bất kỳ. Hãy gọi điện cho nơi gửi và đối chiếu dấu vân tay: ${v.fingerprint}.`,
        );
        console.log(
          `Khi dấu vân tay đã khớp, thêm người ký vào danh sách tin cậy: tiendo trust add --db ${opts.db ? `"${opts.db}"` : 'TỆP_DỮ_LIỆU'} "${file}" --name "Tên cơ quan" --fingerprint "dấu vân tay nơi gửi đọc"`,
        );
        throw new ExitCode(EXIT_UNCONFIRMED);
      }
      throw new AppError('CHU_KY_KHONG_HOP_LE', `tệp KHÔNG HỢP LỆ (${invalidReason(v)}).`);
    });
}

function registerInspect(program: Command): void {
  program
    .command('inspect')
    .description(
      'đọc số liệu báo cáo kèm trong tệp Excel (không cần nhập lại), chỉ từ phần được chữ ký số bảo vệ',
    )
    .argument('<file>', 'tệp .xlsx')
    .option('--json', 'in toàn bộ dữ liệu báo cáo dạng JSON')
    .option('--db <file>', 'tệp dữ liệu: chữ ký số của ứng dụng để cạnh tệp này là người ký được xác nhận')
    .action(async (file: string, opts: { json?: boolean; db?: string }) => {
      const { pkg } = await openForReading(file, opts.db);
      const r = pkg.result;
      if (r.signed && !r.valid)
        throw new AppError(
          'CHU_KY_KHONG_HOP_LE',
          `Tệp "${file}" có chữ ký số không dùng được (${invalidReason(r)}), nên không đọc số liệu trong đó. Chạy "tiendo verify" để biết chi tiết.`,
        );
      const found = reportModelOf(pkg);
      if (found.status === 'refused') throw new AppError('DU_LIEU_KEM_THEO_HONG', found.message);
      if (found.status === 'absent')
        throw new AppError('KHONG_PHAI_BAO_CAO', `Tệp "${file}" không có dữ liệu báo cáo TienDo kèm theo.`);
      const model = found.model;
      // What stands behind the figures goes to stderr, so --json stays plain JSON on stdout.
      if (found.status === 'unsigned')
        console.error('Lưu ý: tệp chưa được ký số; số liệu dưới đây chưa được ai xác nhận.');
      else if (r.trust.status !== 'trusted')
        console.error(
          'Lưu ý: tệp nguyên vẹn nhưng chưa xác nhận được người ký; chạy "tiendo verify" và đối chiếu dấu vân tay chứng thư số với nơi gửi.',
        );
      if (opts.json) {
        console.log(JSON.stringify(model, null, 2));
        return;
      }
      console.log(`${model.header.title} ${model.header.subtitle}`);
      console.log(
        `${model.header.issuingBody.join(' - ')}; ${model.header.docNumber}; ${model.header.placeDateLine}`,
      );
      console.log(
        `Kỳ: ${model.period.label} (${model.period.from} đến ${model.period.to}), số liệu tại ${model.referenceDate}`,
      );
      console.log(`Nhiệm vụ: ${model.summary.taskSentence}`);
      console.log(`Chỉ tiêu: ${model.summary.indicatorSentence}`);
    });
}

function registerEmail(program: Command): void {
  program
    .command('email')
    .description('tạo thư nháp (.eml) gửi tệp báo cáo, mở bằng Outlook hoặc Thunderbird để gửi')
    .requiredOption('--report <file>', 'tệp báo cáo .xlsx (thường là tệp đã ký)')
    .requiredOption('--to <address>', 'địa chỉ nhận')
    .requiredOption('--out <file>', 'tệp .eml sẽ ghi')
    .option('--force', 'ghi đè tệp đã có')
    .option(
      '--db <file>',
      'tệp dữ liệu: lấy tên tỉnh, Ban Chỉ đạo, địa chỉ gửi từ cài đặt và ghi nhận vào hồ sơ báo cáo',
    )
    .action(async (opts: { report: string; to: string; out: string; db?: string; force?: boolean }) => {
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(opts.to))
        throw new UsageError(`--to: địa chỉ "${opts.to}" không hợp lệ.`);
      const out = outputFile(opts.out, opts.force);
      const content = readInput(opts.report);
      const fileName = path.basename(opts.report);
      const build = (
        extra: { from: string | null; provinceName?: string; committeeName?: string },
        now: Date,
      ) => buildDocumentMail({ content, fileName, to: opts.to, date: now, ...extra });
      const save = (eml: Buffer) => writeFileAtomic(out, eml, { overwrite: opts.force ?? false });
      let mail: Awaited<ReturnType<typeof build>>;
      if (opts.db) {
        mail = await withHost({ db: opts.db }, { access: 'write', command: 'email' }, async (host) => {
          const s = getSettings(host.ctx);
          const built = await build(
            { from: s.smtp?.from ?? null, provinceName: s.provinceName, committeeName: s.committeeName },
            host.ctx.now(),
          );
          save(built.eml); // written in full before the submission is marked as mailed
          const row = one<{ id: string }>(
            host.ctx.db,
            sql`SELECT id FROM submission WHERE sha256 = ${sha256Hex(content)} ORDER BY created_at DESC LIMIT 1`,
          );
          if (row) markEmailDraft(host.ctx, row.id);
          return built;
        });
      } else {
        mail = await build({ from: null }, new Date());
        save(mail.eml);
      }
      console.log(`Đã tạo thư nháp: ${out}`);
      console.log(`Tiêu đề: ${mail.subject}`);
      console.log(`Người ký (theo chứng thư số): ${mail.signer ?? '(tệp chưa được ký số)'}`);
      if (mail.fingerprint) console.log(`Dấu vân tay chứng thư số (SHA-256): ${mail.fingerprint}`);
    });
}

export function registerReportCommands(program: Command): void {
  registerReport(program);
  registerVerify(program);
  registerInspect(program);
  registerEmail(program);
}
