// Spreadsheet commands: export, import-plan, round create|forms|status, import (returned forms).
// Exit codes: 0 done (or nothing to do), 1 a file or a row refused (nothing of a refused file is written),
// 2 wrong usage. --json prints what the screen would show, for scripts.
import type { Command } from 'commander';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contract } from '../../shared/api/contract';
import type {
  FormApplyFile,
  FormFileCheck,
  PlanImportDryRun,
  SheetProblem,
} from '../../shared/api/sheetTypes';
import { formatDate } from '../../shared/format/vi';
import { parsePeriod } from '../../shared/rules/periods';
import { ROUND_AGENCY_STATUS_LABELS } from '../../shared/rules/roundStatus';
import { isValidIsoDate } from '../../shared/dates';
import { AppError } from '../errors';
import { writeFileAtomic } from '../fsx/atomicWrite';
import { exportAgencies, exportIndicators, exportTasks, exportValues } from '../services/exports';
import { applyPlanImport, planImportDryRun, where } from '../services/imports/planImport';
import { applyForms, checkForms, readFormFiles } from '../services/rounds/formImport';
import { issueForms, roundMails } from '../services/rounds/formsOut';
import { createRound, getRound, markSent } from '../services/rounds/rounds';
import { defaultPlan } from '../services/plans';
import { listAgencies } from '../services/agencies';
import { ExitCode, outputFile, UsageError, withHost, type DbOption } from './shared';

function readInput(file: string): Buffer {
  const full = path.resolve(file);
  if (!existsSync(full)) throw new AppError('KHONG_TIM_THAY', `Không tìm thấy tệp "${full}".`);
  return readFileSync(full);
}

const yearOption = (value: string | undefined, name: string): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new UsageError(`${name}: năm từ 2000 đến 2100.`);
  return n;
};

function planOf(host: { ctx: Parameters<typeof defaultPlan>[0] }, plan: string | undefined): string {
  const id = plan ?? defaultPlan(host.ctx)?.id;
  if (!id) throw new AppError('KHONG_CO_KE_HOACH', 'Tệp dữ liệu chưa có kế hoạch nào.');
  return id;
}

const line = (p: SheetProblem) => `  ${p.row > 0 || p.sheet ? `${where(p)}: ` : ''}${p.message}`;

function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      'xuất danh sách ra tệp Excel: tasks (nhiệm vụ), indicators (chỉ tiêu), values (số liệu một năm), agencies (cơ quan)',
    )
    .argument('<list>', 'tasks | indicators | values | agencies')
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .option('--plan <id>', 'kế hoạch (mặc định: kế hoạch mở mặc định trong ứng dụng)')
    .option('--year <year>', 'năm của số liệu (values; mặc định: năm nay)')
    .requiredOption('--out <file>', 'tệp .xlsx sẽ ghi')
    .option('--force', 'ghi đè tệp đã có')
    .action(
      async (
        list: string,
        opts: DbOption & { plan?: string; year?: string; out: string; force?: boolean },
      ) => {
        if (!['tasks', 'indicators', 'values', 'agencies'].includes(list))
          throw new UsageError(
            `Danh sách "${list}" không có; hãy chọn tasks, indicators, values hoặc agencies.`,
          );
        if (!/\.xlsx$/i.test(opts.out)) throw new UsageError('--out: tên tệp phải kết thúc bằng .xlsx.');
        const out = outputFile(opts.out, opts.force);
        const year = yearOption(opts.year, '--year');
        await withHost(opts, { access: 'read', command: 'export' }, async (host) => {
          const ctx = host.ctx;
          const planId = list === 'agencies' ? null : planOf(host, opts.plan);
          const file =
            list === 'tasks'
              ? await exportTasks(ctx, contract['exports.tasks'].input.parse({ planId }))
              : list === 'indicators'
                ? await exportIndicators(ctx, contract['exports.indicators'].input.parse({ planId }))
                : list === 'values'
                  ? await exportValues(ctx, { planId, year: year ?? Number(ctx.today().slice(0, 4)) })
                  : await exportAgencies(ctx, { includeArchived: false });
          writeFileAtomic(out, Buffer.from(file.base64, 'base64'), { overwrite: opts.force ?? false });
          console.log(`Đã xuất: ${out}`);
        });
      },
    );
}

function printDryRun(d: PlanImportDryRun): void {
  const t = d.summary.total;
  console.log(`Kế hoạch: ${d.plan.code} – ${d.plan.title}${d.plan.id ? '' : ' (kế hoạch mới)'}`);
  console.log(`Mới: ${t.new}, cập nhật: ${t.updated}, không đổi: ${t.unchanged}, bị từ chối: ${t.refused}`);
  for (const g of d.groups.filter((x) => x.action === 'new'))
    console.log(`Trụ cột mới: ${g.pillar?.name ?? g.text} (dòng ${g.row})`);
  for (const a of d.agencyNames)
    console.log(
      `Tên cơ quan «${a.text}» (${a.cells.join(', ')}): ${a.resolution === 'ignored' ? 'bỏ qua, không phải một cơ quan' : a.resolution === 'refused' ? 'chưa có trong Danh mục cơ quan' : a.resolution}`,
    );
  for (const p of d.problems) console.log(line(p));
  for (const r of d.rows) for (const p of r.problems) console.log(line(p));
}

function registerImportPlan(program: Command): void {
  program
    .command('import-plan')
    .description(
      'nhập kế hoạch từ tệp Excel (.xlsx) hoặc CSV: chạy thử trước (--dry-run), rồi nhập trong một thay đổi hoàn tác được',
    )
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .requiredOption('--plan <id>', 'mã định danh kế hoạch có sẵn, hoặc new để tạo kế hoạch mới')
    .argument('<file>', 'tệp .xlsx hoặc .csv')
    .option('--dry-run', 'chỉ kiểm tra, không ghi gì')
    .option('--json', 'in dạng JSON')
    .option('--code <number>', 'số hiệu văn bản của kế hoạch mới (mặc định: đọc từ tệp)')
    .option('--title <title>', 'tên kế hoạch mới (mặc định: đọc từ tệp)')
    .option('--year <year>', 'năm của kế hoạch mới (mặc định: theo các thời hạn trong tệp)')
    .option('--skip-refused', 'nhập các dòng hợp lệ, bỏ qua các dòng bị từ chối')
    .action(
      async (
        file: string,
        opts: DbOption & {
          plan: string;
          dryRun?: boolean;
          json?: boolean;
          code?: string;
          title?: string;
          year?: string;
          skipRefused?: boolean;
        },
      ) => {
        const bytes = readInput(file);
        const year = yearOption(opts.year, '--year');
        await withHost(
          opts,
          { access: opts.dryRun ? 'read' : 'write', command: 'import-plan' },
          async (host) => {
            const base = {
              fileName: path.basename(file),
              fileBase64: bytes.toString('base64'),
              planId: opts.plan === 'new' ? null : opts.plan,
            };
            const dry = await planImportDryRun(host.ctx, contract['imports.planDryRun'].input.parse(base));
            const newPlan =
              opts.plan === 'new'
                ? {
                    code: opts.code ?? dry.plan.code,
                    title: opts.title ?? dry.plan.title,
                    yearFrom: year ?? dry.plan.yearFrom,
                    yearTo: year ?? dry.plan.yearTo,
                  }
                : undefined;
            const input = contract['imports.planApply'].input.parse({
              ...base,
              ...(newPlan ? { newPlan } : {}),
              skipRefused: opts.skipRefused ?? false,
            });
            const d = newPlan ? await planImportDryRun(host.ctx, input) : dry;
            const refused = d.summary.total.refused > 0 || d.problems.length > 0;
            if (opts.dryRun) {
              if (opts.json) console.log(JSON.stringify(d, null, 2));
              else printDryRun(d);
              if (refused) throw new ExitCode(1);
              return;
            }
            if (refused && !opts.skipRefused) {
              if (opts.json) console.log(JSON.stringify({ applied: false, ...d }, null, 2));
              else {
                printDryRun(d);
                console.error(
                  'Chưa nhập gì: có dòng bị từ chối. Hãy sửa tệp, hoặc thêm --skip-refused để bỏ qua các dòng đó.',
                );
              }
              throw new ExitCode(1);
            }
            const result = await applyPlanImport(host.ctx, input);
            if (opts.json) console.log(JSON.stringify({ applied: true, ...d, result }, null, 2));
            else {
              printDryRun(d);
              console.log(
                `Đã nhập vào kế hoạch ${result.planId}${result.changeSet ? ` (thay đổi số ${result.changeSet.id}, hoàn tác được)` : ''}.`,
              );
            }
            if (refused) throw new ExitCode(1);
          },
        );
      },
    );
}

function registerRound(program: Command): void {
  const round = program
    .command('round')
    .description('đợt cập nhật số liệu: tạo đợt, lập phiếu, xem ai đã gửi');
  round
    .command('create')
    .description('tạo đợt cập nhật số liệu; in mã định danh của đợt')
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .requiredOption('--period <key>', 'kỳ: 2026-Q1..2026-Q4, 2026-H1, 2026-9M, 2026')
    .requiredOption('--due <date>', 'hạn gửi số liệu YYYY-MM-DD')
    .option('--plan <id>', 'kế hoạch (mặc định: kế hoạch mở mặc định trong ứng dụng)')
    .option(
      '--agency <code...>',
      'mã các cơ quan được yêu cầu (mặc định: mọi cơ quan có nhiệm vụ hoặc chỉ tiêu)',
    )
    .action(async (opts: DbOption & { period: string; due: string; plan?: string; agency?: string[] }) => {
      if (!parsePeriod(opts.period))
        throw new UsageError(`--period: kỳ "${opts.period}" không hợp lệ (ví dụ 2026-Q4).`);
      if (!isValidIsoDate(opts.due))
        throw new UsageError('--due: ngày phải có dạng YYYY-MM-DD (ví dụ 2026-12-20).');
      await withHost(opts, { access: 'write', command: 'round create' }, (host) => {
        let agencyIds: string[] | undefined;
        if (opts.agency) {
          const agencies = listAgencies(host.ctx, false);
          agencyIds = opts.agency.map((code) => {
            const a = agencies.find((x) => x.code.toLowerCase() === code.toLowerCase());
            if (!a) throw new UsageError(`--agency: không có cơ quan mã "${code}" trong Danh mục.`);
            return a.id;
          });
        }
        const r = createRound(
          host.ctx,
          contract['rounds.create'].input.parse({
            planId: planOf(host, opts.plan),
            period: opts.period,
            dueDate: opts.due,
            ...(agencyIds ? { agencyIds } : {}),
          }),
        );
        console.log(r.id);
        console.error(
          `Đã tạo đợt ${r.periodLabel}, hạn ${formatDate(r.dueDate)}, ${r.counts.total} cơ quan.`,
        );
      });
    });
  round
    .command('forms')
    .description(
      'lập phiếu của từng cơ quan vào một thư mục (--eml: thư nháp .eml kèm phiếu, ghi nhận đã gửi)',
    )
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .requiredOption('--round <id>', 'mã định danh của đợt')
    .requiredOption('--out <dir>', 'thư mục sẽ ghi')
    .option('--eml', 'thư nháp .eml (gửi đến địa chỉ thư của cơ quan) thay cho tệp .xlsx')
    .option('--force', 'ghi đè tệp đã có')
    .action(async (opts: DbOption & { round: string; out: string; eml?: boolean; force?: boolean }) => {
      const dir = path.resolve(opts.out);
      await withHost(opts, { access: 'write', command: 'round forms' }, async (host) => {
        const files: { fileName: string; content: Buffer }[] = [];
        if (opts.eml) {
          const { mails, skipped } = await roundMails(host.ctx, opts.round, undefined, 'forms');
          files.push(...mails.map((m) => ({ fileName: m.fileName, content: m.eml })));
          for (const s of skipped) console.error(`Bỏ qua ${s.name}: ${s.reason}.`);
          for (const f of files)
            if (existsSync(path.join(dir, f.fileName)) && !opts.force)
              throw new UsageError(`Tệp "${path.join(dir, f.fileName)}" đã tồn tại; thêm --force để ghi đè.`);
          mkdirSync(dir, { recursive: true });
          for (const f of files)
            writeFileAtomic(path.join(dir, f.fileName), f.content, { overwrite: opts.force ?? false });
          if (mails.length > 0)
            markSent(
              host.ctx,
              opts.round,
              mails.map((m) => m.agencyId),
              'eml',
            );
        } else {
          const forms = await issueForms(host.ctx, opts.round, undefined);
          files.push(...forms);
          for (const f of files)
            if (existsSync(path.join(dir, f.fileName)) && !opts.force)
              throw new UsageError(`Tệp "${path.join(dir, f.fileName)}" đã tồn tại; thêm --force để ghi đè.`);
          mkdirSync(dir, { recursive: true });
          for (const f of files)
            writeFileAtomic(path.join(dir, f.fileName), f.content, { overwrite: opts.force ?? false });
        }
        for (const f of files) console.log(path.join(dir, f.fileName));
      });
    });
  round
    .command('status')
    .description('ai đã gửi số liệu: chưa gửi, đã gửi, đã nhận (ngày), quá hạn')
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .requiredOption('--round <id>', 'mã định danh của đợt')
    .option('--json', 'in dạng JSON')
    .action(async (opts: DbOption & { round: string; json?: boolean }) => {
      await withHost(opts, { access: 'read', command: 'round status' }, (host) => {
        const r = getRound(host.ctx, opts.round);
        if (opts.json) {
          console.log(JSON.stringify(r, null, 2));
          return;
        }
        console.log(`${r.line} (hạn ${formatDate(r.dueDate)})`);
        for (const a of r.agencies)
          console.log(`${ROUND_AGENCY_STATUS_LABELS[a.status]}\t${a.code}\t${a.name}\t${a.statusText}`);
      });
    });
}

/** Per file, what --json prints: the agency, rows updated, unchanged and refused, conflicts. */
function fileJson(f: FormFileCheck | FormApplyFile) {
  return {
    file: f.fileName,
    sha256: f.sha256,
    status: f.status,
    applied: 'applied' in f ? f.applied : false,
    agency: f.form?.agencyName ?? null,
    period: f.form?.periodLabel ?? null,
    updated: 'updatedRows' in f ? f.updatedRows : f.changes.length,
    unchanged: f.unchanged,
    refused: f.problems,
    conflicts: f.conflicts,
    changes: f.changes,
    notes: f.notes,
    changeSet: 'changeSet' in f ? f.changeSet : null,
  };
}

function registerImportForms(program: Command): void {
  program
    .command('import')
    .description(
      'nhập các phiếu cập nhật cơ quan gửi lại (mỗi phiếu một thay đổi hoàn tác được); xung đột giữ giá trị đang có trong TienDo',
    )
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .argument('<files...>', 'các tệp phiếu .xlsx')
    .option('--round <id>', 'chỉ nhận phiếu của đợt này')
    .option('--dry-run', 'chỉ kiểm tra, không ghi gì')
    .option('--json', 'in dạng JSON')
    .action(
      async (files: string[], opts: DbOption & { round?: string; dryRun?: boolean; json?: boolean }) => {
        const uploads = files.map((f) => ({ fileName: path.basename(f), bytes: readInput(f) }));
        await withHost(opts, { access: opts.dryRun ? 'read' : 'write', command: 'import' }, async (host) => {
          const read = await readFormFiles(uploads);
          const results: (FormFileCheck | FormApplyFile)[] = opts.dryRun
            ? checkForms(host.ctx, read, opts.round).files
            : applyForms(host.ctx, read, { roundId: opts.round, choices: {}, confirmWarnings: true }).files;
          if (opts.json) console.log(JSON.stringify({ files: results.map(fileJson) }, null, 2));
          else
            for (const f of results) {
              const who = f.form ? `${f.form.agencyName}, ${f.form.periodLabel}` : 'không rõ phiếu';
              const verdict =
                f.status === 'refused'
                  ? 'bị từ chối, không nhập gì'
                  : f.status === 'already'
                    ? 'đã nhập trước đây, không thay đổi gì'
                    : f.status === 'nothing'
                      ? 'không có thay đổi'
                      : opts.dryRun
                        ? `${f.changes.length} thay đổi sẽ được nhập`
                        : `đã nhập ${'updatedRows' in f ? f.updatedRows : 0} dòng`;
              console.log(`${f.fileName} (${who}): ${verdict}`);
              for (const c of f.changes)
                console.log(
                  `  ${c.code} ${c.label}: ${c.before} -> ${c.after}${c.warnings.length ? ` (cần xem lại: ${c.warnings.map((w) => w.message).join(' ')})` : ''}`,
                );
              for (const c of f.conflicts)
                console.log(
                  `  Xung đột ${c.code} ${c.label}: phiếu ghi ${c.formValue}, TienDo đã sửa thành ${c.currentValue} sau khi lập phiếu; giữ giá trị của TienDo.`,
                );
              for (const p of [...f.problems, ...f.notes]) console.log(line(p));
            }
          if (results.some((f) => f.status === 'refused')) throw new ExitCode(1);
        });
      },
    );
}

export function registerSheetCommands(program: Command): void {
  registerExport(program);
  registerImportPlan(program);
  registerRound(program);
  registerImportForms(program);
}
