// Report commands: report (export, optionally signed), verify, inspect, email.
// Passwords are read from an environment variable named on the command line, never from an argument,
// so they do not end up in shell history or in the process list.
import type { Command } from 'commander';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parsePeriod } from '../../shared/rules/periods';
import { REPORT_KINDS } from '../../shared/report/model';
import { AppError } from '../errors';
import { readReportModel } from '../excel/report';
import { defaultPlan } from '../services/plans';
import { exportReport } from '../services/reports/export';
import { buildDocumentMail } from '../services/reports/mail';
import type { SignWith } from '../services/reports/pipeline';
import { markEmailDraft, sha256Hex } from '../services/reports/submissions';
import { verifyReportFile } from '../services/reports/verify';
import { getSettings } from '../services/settings';
import { writeFileAtomic } from '../fsx/atomicWrite';
import { outputFile, UsageError, withHost, type DbOption } from './shared';

function readInput(file: string): Buffer {
  const full = path.resolve(file);
  if (!existsSync(full)) throw new AppError('KHONG_TIM_THAY', `Không tìm thấy tệp "${full}".`);
  return readFileSync(full);
}

function passwordFrom(variable: string | undefined): string {
  if (!variable)
    throw new UsageError(
      '--p12 cần kèm --password-env TÊN_BIẾN (mật khẩu đặt trong biến môi trường, không gõ trên dòng lệnh).',
    );
  const value = process.env[variable];
  if (!value) throw new UsageError(`Biến môi trường ${variable} chưa có mật khẩu của tệp chứng thư số.`);
  return value;
}

interface ReportOptions extends DbOption {
  plan?: string;
  period: string;
  out: string;
  p12?: string;
  passwordEnv?: string;
  number?: string;
  force?: boolean;
}

function registerReport(program: Command): void {
  program
    .command('report')
    .description('xuất báo cáo định kỳ ra tệp Excel (ký số nếu có --p12), ghi hồ sơ báo cáo kèm mã SHA-256')
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .option('--plan <id>', 'kế hoạch (mặc định: kế hoạch mở mặc định trong ứng dụng)')
    .requiredOption('--period <key>', 'kỳ báo cáo: 2025-Q1..2025-Q4, 2025-H1, 2025-9M, 2025')
    .requiredOption('--out <file>', 'tệp .xlsx sẽ ghi')
    .option('--p12 <file>', 'tệp chứng thư số PKCS#12 (.p12/.pfx) để ký')
    .option('--password-env <name>', 'tên biến môi trường chứa mật khẩu của tệp .p12')
    .option('--number <docNumber>', 'số văn bản, ví dụ 05/BC-BCĐ (mặc định: số trong bản nháp)')
    .option('--force', 'ghi đè tệp đã có')
    .action(async (opts: ReportOptions) => {
      if (!parsePeriod(opts.period))
        throw new UsageError(
          `--period: kỳ "${opts.period}" không hợp lệ (ví dụ 2025-Q4, 2025-H1, 2025-9M, 2025).`,
        );
      if (!/\.xlsx$/i.test(opts.out)) throw new UsageError('--out: tên tệp phải kết thúc bằng .xlsx.');
      const out = outputFile(opts.out, opts.force);
      const signWith: SignWith = opts.p12
        ? { kind: 'p12', p12: readInput(opts.p12), password: passwordFrom(opts.passwordEnv) }
        : { kind: 'none' };
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
            signWith,
            ...(opts.number === undefined ? {} : { docNumber: opts.number }),
            deliver: (content) => {
              writeFileAtomic(out, content, { overwrite: opts.force ?? false });
              delivered = true;
            },
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

function registerVerify(program: Command): void {
  program
    .command('verify')
    .description('kiểm tra chữ ký số của tệp báo cáo: hợp lệ hay không, ai ký, khi nào, phần nào bị thay đổi')
    .argument('<file>', 'tệp .xlsx')
    .action(async (file: string) => {
      const v = await verifyReportFile(readInput(file));
      console.log(`Tệp: ${path.resolve(file)}`);
      console.log(`SHA-256: ${v.sha256}`);
      if (v.report)
        console.log(
          `Báo cáo: ${v.report.title}${v.report.docNumber ? ` (Số ${v.report.docNumber})` : ''}, ${v.report.province}`,
        );
      if (v.signer) {
        console.log(`Người ký: ${v.signer.subject}`);
        console.log(`Cấp bởi: ${v.signer.issuer}${v.signer.issuer === v.signer.subject ? ' (tự ký)' : ''}`);
        console.log(`Dấu vân tay chứng thư (SHA-256): ${v.signer.fingerprintSha256}`);
        console.log(`Hiệu lực chứng thư: ${v.signer.notBefore} đến ${v.signer.notAfter}`);
      }
      if (v.signingTime) console.log(`Thời điểm ký: ${v.signingTime}`);
      for (const p of v.problems) console.log(`  - ${p.message}${p.part ? ` [${p.part}]` : ''}`);
      if (v.valid && v.complete) {
        console.log('Kết quả: HỢP LỆ. Chữ ký số đúng và tệp không bị thay đổi sau khi ký.');
        return;
      }
      const why = !v.signed
        ? 'tệp chưa được ký số'
        : !v.signatureValid
          ? 'chữ ký số không đúng'
          : 'tệp đã bị thay đổi sau khi ký';
      throw new AppError('CHU_KY_KHONG_HOP_LE', `tệp KHÔNG HỢP LỆ (${why}).`);
    });
}

function registerInspect(program: Command): void {
  program
    .command('inspect')
    .description('đọc số liệu báo cáo kèm trong tệp Excel (không cần nhập lại)')
    .argument('<file>', 'tệp .xlsx')
    .option('--json', 'in toàn bộ dữ liệu báo cáo dạng JSON')
    .action((file: string, opts: { json?: boolean }) => {
      const model = readReportModel(readInput(file));
      if (!model)
        throw new AppError('KHONG_PHAI_BAO_CAO', `Tệp "${file}" không có dữ liệu báo cáo TienDo kèm theo.`);
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
          const row = host.ctx.db
            .prepare('SELECT id FROM submission WHERE sha256 = ? ORDER BY created_at DESC LIMIT 1')
            .get(sha256Hex(content)) as { id: string } | undefined;
          if (row) markEmailDraft(host.ctx, row.id);
          return built;
        });
      } else {
        mail = await build({ from: null }, new Date());
        save(mail.eml);
      }
      console.log(`Đã tạo thư nháp: ${out}`);
      console.log(`Tiêu đề: ${mail.subject}`);
      console.log(`Người ký: ${mail.signer ?? '(tệp chưa được ký số)'}`);
    });
}

export function registerReportCommands(program: Command): void {
  registerReport(program);
  registerVerify(program);
  registerInspect(program);
  registerEmail(program);
}
