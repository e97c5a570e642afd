// The centre's side from the command line ("Tiếp nhận báo cáo"), on its own file: init, receive (files,
// folders, .eml messages), status of a period, deadline, consolidate, the files received (with their
// versions), trusting a received file's signer after comparing the fingerprint, and receipts. A province
// command on a centre file, or one of these on a province's file, is refused (cli/shared.ts withHost).
import type { Command } from 'commander';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatRate } from '../../shared/format/rate';
import { formatDate } from '../../shared/format/vi';
import { isValidIsoDate } from '../../shared/dates';
import { parsePeriod } from '../../shared/rules/periods';
import { AppError } from '../errors';
import { writeConsolidationWorkbook } from '../excel/centre/workbook';
import { localDate } from '../excel/signature';
import { writeFileAtomic } from '../fsx/atomicWrite';
import { buildConsolidation } from '../services/centre/consolidate';
import { initCentre, trustReceivedSigner } from '../services/centre/init';
import { issueReceipt } from '../services/centre/receipts';
import { receiveFiles, type IncomingFile } from '../services/centre/receive';
import { centreStatus, listReceived, listRefusals, setDeadline } from '../services/centre/status';
import { dbFileOf, outputFile, UsageError, withHost, type DbOption } from './shared';
import { cliCertificatePolicy, signWithOf, withSigningOptions, type SigningOptions } from './signing';
import { one, sql } from '../db/sql';

const MAX_FILES = 2000;
const RECEIVABLE = /\.(xlsx|eml)$/i;

/** The files named, a folder's .xlsx and .eml files (and its subfolders'), in a stable order. */
export function filesToReceive(paths: string[]): IncomingFile[] {
  const out: string[] = [];
  const walk = (p: string, depth: number) => {
    const full = path.resolve(p);
    if (!existsSync(full)) throw new AppError('KHONG_TIM_THAY', `Không tìm thấy "${full}".`);
    if (statSync(full).isDirectory()) {
      if (depth > 3) return;
      for (const name of readdirSync(full).sort()) {
        const child = path.join(full, name);
        if (statSync(child).isDirectory()) walk(child, depth + 1);
        else if (RECEIVABLE.test(name)) out.push(child);
      }
    } else out.push(full);
    if (out.length > MAX_FILES)
      throw new UsageError(`Quá ${MAX_FILES} tệp một lần; hãy tiếp nhận từng thư mục nhỏ hơn.`);
  };
  for (const p of paths) walk(p, 0);
  return out.map((f) => ({ name: path.basename(f), bytes: readFileSync(f) }));
}

function periodOption(value: string): string {
  const p = parsePeriod(value);
  if (!p) throw new UsageError(`--period: kỳ "${value}" không hợp lệ (ví dụ 2026-Q4, 2026-H1, 2026).`);
  return p.key;
}

const VERDICT_WORDS = {
  trusted: 'người ký đã được tin cậy',
  unconfirmed: 'CHƯA XÁC NHẬN người ký',
  invalid: 'KHÔNG HỢP LỆ',
};

function registerInit(centre: Command): void {
  centre
    .command('init')
    .description('tạo tệp tiếp nhận báo cáo mới của Trung ương (34 tỉnh, thành phố)')
    .requiredOption('--db <file>', 'tệp sẽ tạo (chưa có)')
    .requiredOption('--name <tên>', 'tên cơ quan tiếp nhận, ví dụ "Bộ Khoa học và Công nghệ"')
    .action(async (opts: DbOption & { name: string }) => {
      const file = dbFileOf(opts);
      if (existsSync(file))
        throw new AppError(
          'DA_CO_TEP',
          `Tệp "${file}" đã có; "tiendo centre init" chỉ tạo tệp mới. Hãy chọn tên tệp khác.`,
        );
      await withHost(opts, { access: 'write', command: 'centre init', create: true, role: 'any' }, (host) => {
        const info = initCentre(host.ctx, opts.name);
        console.log(
          `Đã tạo tệp tiếp nhận báo cáo ${host.dbFile} của ${info.name}: ${info.provinces.length} tỉnh, thành phố.`,
        );
      });
    });
}

function registerReceive(centre: Command): void {
  centre
    .command('receive')
    .description(
      'tiếp nhận báo cáo: tệp .xlsx, thư .eml có tệp đính kèm, hoặc thư mục; in từng tệp: tỉnh, văn bản, kỳ, kết quả',
    )
    .requiredOption('--db <file>', 'tệp tiếp nhận của Trung ương')
    .argument('<files...>', 'tệp hoặc thư mục')
    .action(async (paths: string[], opts: DbOption) => {
      const files = filesToReceive(paths);
      const refused = await withHost(
        opts,
        { access: 'write', command: 'centre receive', role: 'centre' },
        async (host) => {
          const outcomes = await receiveFiles(host.ctx, files);
          for (const o of outcomes) {
            const what = [o.province, o.documentLabel].filter(Boolean).join(', ');
            if (o.status === 'received')
              console.log(
                `ĐÃ NHẬN    ${o.fileName}: ${what}${o.version && o.version > 1 ? ` (bản thứ ${o.version})` : ''}; ký bởi ${o.signer}; ${VERDICT_WORDS[o.verdict ?? 'invalid']}`,
              );
            else if (o.status === 'duplicate') console.log(`ĐÃ CÓ      ${o.fileName}: ${what}; ${o.reason}`);
            else console.log(`TỪ CHỐI    ${o.fileName}: ${o.reason}`);
            if (o.status === 'received' && o.verdict === 'unconfirmed') console.log(`           ${o.reason}`);
          }
          const n = (s: string) => outcomes.filter((o) => o.status === s).length;
          console.log(
            `Tổng: ${n('received')} tệp đã nhận, ${n('duplicate')} đã có từ trước, ${n('refused')} bị từ chối.`,
          );
          return n('refused');
        },
      );
      if (refused > 0) throw new AppError('CO_TEP_BI_TU_CHOI', `${refused} tệp bị từ chối (lý do ở trên).`);
    });
}

function registerStatus(centre: Command): void {
  centre
    .command('status')
    .description(
      'tình hình nhận báo cáo của một kỳ: từng tỉnh đã gửi chưa, đúng hạn hay muộn, kết quả kiểm tra, người ký, thời điểm ký',
    )
    .requiredOption('--db <file>', 'tệp tiếp nhận của Trung ương')
    .requiredOption('--period <key>', 'kỳ báo cáo, ví dụ 2026-Q4')
    .option('--json', 'in dạng JSON')
    .action(async (opts: DbOption & { period: string; json?: boolean }) => {
      const period = periodOption(opts.period);
      await withHost(opts, { access: 'read', command: 'centre status', role: 'centre' }, (host) => {
        const s = centreStatus(host.ctx, period);
        if (opts.json) {
          console.log(JSON.stringify(s, null, 2));
          return;
        }
        console.log(
          `Kỳ: ${s.periodLabel}; hạn gửi: ${s.deadline ? formatDate(s.deadline) : '(chưa đặt: tiendo centre deadline)'}`,
        );
        const c = s.counts;
        console.log(
          `Đã nhận ${c.received}/${c.expected}; chưa gửi ${c.missing}; muộn ${c.late}; chưa xác nhận người ký ${c.unconfirmed}; không hợp lệ ${c.invalid}.`,
        );
        const states = {
          received: 'đã nhận',
          unconfirmed: 'chưa xác nhận người ký',
          invalid: 'không hợp lệ',
          missing: 'chưa gửi',
        };
        for (const r of s.rows) {
          if (r.state === 'missing') {
            console.log(`  ${r.province}: chưa gửi`);
            continue;
          }
          const f = r.file!;
          const timing = r.onTime === null ? '' : r.onTime ? ', đúng hạn' : ', MUỘN';
          console.log(
            `  ${r.province}${r.expected ? '' : ' (ngoài danh sách)'}: ${states[r.state]}${timing}; ${f.signer.commonName}, ký ${localDate(f.signingTime)}; nhận ${localDate(f.arrivedAt)}; bản ${f.version}/${r.versions}; SHA-256 ${f.sha256}`,
          );
          if (r.state !== 'received') console.log(`      ${f.reason}`);
          if (r.newerNotTrusted > 0)
            console.log(`      có ${r.newerNotTrusted} bản mới hơn chưa được tin cậy`);
        }
      });
    });
}

function registerDeadline(centre: Command): void {
  centre
    .command('deadline')
    .description('đặt hạn gửi báo cáo của một kỳ (ngày cuối cùng còn đúng hạn)')
    .requiredOption('--db <file>', 'tệp tiếp nhận của Trung ương')
    .requiredOption('--period <key>', 'kỳ báo cáo')
    .option('--date <YYYY-MM-DD>', 'hạn gửi')
    .option('--clear', 'bỏ hạn đã đặt')
    .action(async (opts: DbOption & { period: string; date?: string; clear?: boolean }) => {
      const period = periodOption(opts.period);
      if (!opts.clear && (!opts.date || !isValidIsoDate(opts.date)))
        throw new UsageError('--date: ngày phải có dạng YYYY-MM-DD (ví dụ 2026-12-20), hoặc dùng --clear.');
      await withHost(opts, { access: 'write', command: 'centre deadline', role: 'centre' }, (host) => {
        const r = setDeadline(host.ctx, period, opts.clear ? null : opts.date!);
        console.log(
          r.deadline
            ? `Hạn gửi báo cáo ${period}: ${formatDate(r.deadline)}.`
            : `Đã bỏ hạn gửi báo cáo ${period}.`,
        );
      });
    });
}

function registerConsolidate(centre: Command): void {
  centre
    .command('consolidate')
    .description(
      'báo cáo tổng hợp một kỳ ra tệp Excel: mỗi tỉnh một dòng (số liệu từ báo cáo đã ký), tổng cộng, so sánh chỉ tiêu chung',
    )
    .requiredOption('--db <file>', 'tệp tiếp nhận của Trung ương')
    .requiredOption('--period <key>', 'kỳ báo cáo')
    .requiredOption('--out <file.xlsx>', 'tệp Excel sẽ tạo')
    .option('--force', 'ghi đè tệp đã có')
    .action(async (opts: DbOption & { period: string; out: string; force?: boolean }) => {
      const period = periodOption(opts.period);
      if (!/\.xlsx$/i.test(opts.out)) throw new UsageError('--out: tên tệp phải kết thúc bằng .xlsx.');
      const out = outputFile(opts.out, opts.force);
      await withHost(
        opts,
        { access: 'read', command: 'centre consolidate', role: 'centre' },
        async (host) => {
          const m = buildConsolidation(host.ctx, period);
          writeFileAtomic(out, await writeConsolidationWorkbook(m), { overwrite: opts.force ?? false });
          console.log(`Đã ghi báo cáo tổng hợp ${m.period.label}: ${out}`);
          console.log(
            `${m.rows.length} tỉnh, thành phố: ${m.totals.tasks} nhiệm vụ, ${m.totals.done} đã hoàn thành, đạt ${formatRate(m.totals.rate)}; ${m.totals.indicators.total} chỉ tiêu; ${m.comparison.length} chỉ tiêu chung được so sánh.`,
          );
          for (const n of m.notIncluded.filter((x) => x.state !== 'missing'))
            console.log(`  Chưa tổng hợp ${n.province}: ${n.reason}`);
        },
      );
    });
}

function registerFiles(centre: Command): void {
  centre
    .command('files')
    .description('các tệp đã tiếp nhận (mọi phiên bản) và các tệp bị từ chối')
    .requiredOption('--db <file>', 'tệp tiếp nhận của Trung ương')
    .option('--period <key>', 'chỉ báo cáo của kỳ này')
    .option('--json', 'in dạng JSON')
    .action(async (opts: DbOption & { period?: string; json?: boolean }) => {
      const period = opts.period ? periodOption(opts.period) : null;
      await withHost(opts, { access: 'read', command: 'centre files', role: 'centre' }, (host) => {
        const files = listReceived(host.ctx, { period, province: null });
        const refusals = listRefusals(host.ctx, 200);
        if (opts.json) {
          console.log(JSON.stringify({ files, refusals }, null, 2));
          return;
        }
        for (const f of files)
          console.log(
            `${f.id}  ${f.province}, ${f.documentLabel} (bản ${f.version}); ${VERDICT_WORDS[f.verdict]}; ${f.fileName}; SHA-256 ${f.sha256}`,
          );
        if (refusals.length) console.log('Bị từ chối:');
        for (const r of refusals) console.log(`  ${localDate(r.receivedAt)} ${r.fileName}: ${r.reason}`);
      });
    });
}

function registerTrust(centre: Command): void {
  centre
    .command('trust')
    .description('tin cậy người ký của một tệp đã tiếp nhận, sau khi đối chiếu dấu vân tay với nơi gửi')
    .requiredOption('--db <file>', 'tệp tiếp nhận của Trung ương')
    .requiredOption('--file <id>', 'mã tệp đã tiếp nhận (như tiendo centre files in ra)')
    .requiredOption('--name <tên>', 'tên cơ quan của người ký, ví dụ "UBND tỉnh Lâm Đồng"')
    .requiredOption('--fingerprint <dấu vân tay>', 'dấu vân tay nơi gửi đọc cho bạn qua điện thoại')
    .option('--province <tỉnh>', 'tỉnh người ký này ký báo cáo (mặc định: tỉnh ghi trong tệp)')
    .action(
      async (opts: DbOption & { file: string; name: string; fingerprint: string; province?: string }) => {
        await withHost(opts, { access: 'write', command: 'centre trust', role: 'centre' }, (host) => {
          const entry = trustReceivedSigner(host.ctx, {
            receivedId: opts.file,
            name: opts.name,
            fingerprint: opts.fingerprint,
            ...(opts.province === undefined ? {} : { province: opts.province }),
          });
          console.log(
            `Đã tin cậy: ${entry.name} (${entry.province ?? 'không gắn với tỉnh'}), dấu vân tay ${entry.fingerprint}.`,
          );
        });
      },
    );
}

function registerReceipt(centre: Command): void {
  withSigningOptions(centre.command('receipt'))
    .description('giấy biên nhận có ký số cho một tệp đã tiếp nhận (kèm thư trả lời .eml)')
    .requiredOption('--db <file>', 'tệp tiếp nhận của Trung ương')
    .requiredOption('--file <id|sha256>', 'mã tệp đã tiếp nhận, hoặc mã SHA-256 của tệp')
    .requiredOption('--out <file.xlsx>', 'tệp giấy biên nhận sẽ tạo')
    .option('--eml <file.eml>', 'cũng ghi thư trả lời (.eml) mang giấy biên nhận')
    .option('--force', 'ghi đè tệp đã có')
    .option('--allow-expired-certificate', 'vẫn ký khi chứng thư số đã hết hạn hoặc chưa có hiệu lực')
    .action(
      async (
        opts: DbOption &
          SigningOptions & {
            file: string;
            out: string;
            eml?: string;
            force?: boolean;
            allowExpiredCertificate?: boolean;
          },
      ) => {
        const out = outputFile(opts.out, opts.force);
        const eml = opts.eml ? outputFile(opts.eml, opts.force) : null;
        const signWith = signWithOf(opts, cliCertificatePolicy(opts.allowExpiredCertificate));
        if (signWith.kind === 'none')
          throw new UsageError(
            'Giấy biên nhận phải được ký số: thêm --p12 … --password-env … hoặc --pkcs11 … --pin-env ….',
          );
        await withHost(opts, { access: 'write', command: 'centre receipt', role: 'centre' }, async (host) => {
          const row = one<{ id: string }>(
            host.ctx,
            sql`SELECT id FROM received_file WHERE id = ${opts.file} OR sha256 = ${opts.file.toLowerCase()}`,
          );
          if (!row)
            throw new AppError('KHONG_TIM_THAY', `Không có tệp đã tiếp nhận nào có mã "${opts.file}".`);
          const r = await issueReceipt(host.ctx, path.dirname(host.dbFile), row.id, signWith);
          writeFileAtomic(out, r.content, { overwrite: opts.force ?? false });
          try {
            if (eml)
              writeFileAtomic(eml, Buffer.from(r.eml.base64, 'base64'), { overwrite: opts.force ?? false });
          } catch (error) {
            rmSync(out, { force: true });
            throw error;
          }
          console.log(`Đã ghi giấy biên nhận: ${out}${eml ? `; thư trả lời: ${eml}` : ''}`);
          console.log(`SHA-256 của giấy biên nhận: ${r.sha256}`);
        });
      },
    );
}

export function registerCentreCommands(program: Command): void {
  const centre = program
    .command('centre')
    .description('phía Trung ương: tiếp nhận, kiểm tra, tổng hợp báo cáo của các tỉnh, thành phố');
  registerInit(centre);
  registerReceive(centre);
  registerStatus(centre);
  registerDeadline(centre);
  registerConsolidate(centre);
  registerFiles(centre);
  registerTrust(centre);
  registerReceipt(centre);
}
