// Maintenance commands: backup, restore, check.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { restoreDatabase, writeCheckedCopy } from '../db/backup';
import { backupToFolder } from '../db/backupToFolder';
import { checkDatabase } from '../db/check';
import { inspectDataFile } from '../db/fileCheck';
import { acquireWriteLock } from '../db/lock';
import { defaultBackupDir, openReadOnlyDatabase, readOnlyCause, readOnlyRefusal } from '../db/open';
import { AppError } from '../errors';
import { dbFileOf, missingDataFile, outputFile, UsageError, withHost, type DbOption } from './shared';

/**
 * A restore replaces whatever is at --db, so that must be a TienDo file (or one too damaged to tell,
 * which is what restores are for); another program's database or a folder is never replaced.
 */
function assertReplaceable(target: string): void {
  try {
    inspectDataFile(target, { backupHint: () => '' });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (['CSDL_HONG', 'CSDL_RONG', 'CSDL_PHIEN_BAN_MOI'].includes(error.code)) return;
    throw error;
  }
}

export function registerMaintenanceCommands(program: Command): void {
  program
    .command('backup')
    .description('sao lưu tệp dữ liệu (dùng API sao lưu của SQLite, an toàn khi ứng dụng đang mở)')
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .option('--out <file>', 'tệp sao lưu sẽ tạo')
    .option('--to <folder>', 'thư mục (ổ USB) sẽ chứa bản sao lưu; bản sao được kiểm tra sau khi ghi')
    .option('--force', 'ghi đè tệp đã có (chỉ với --out)')
    .action(async (opts: DbOption & { out?: string; to?: string; force?: boolean }) => {
      if ((opts.out === undefined) === (opts.to === undefined))
        throw new UsageError(
          'Hãy cho biết nơi sao lưu: --out TỆP (một tệp) hoặc --to THƯ_MỤC (một thư mục, ví dụ ổ USB), không dùng cả hai.',
        );
      if (opts.to !== undefined) {
        const folder = path.resolve(opts.to);
        const made = await withHost(opts, { access: 'read', command: 'backup', role: 'any' }, (host) =>
          backupToFolder(host.ctx.db, folder, new Date()),
        );
        const rows = made.check.tables.map((t) => `${t.table} ${t.rows}`).join(', ');
        console.log(`Đã sao lưu vào ${made.file} (${made.size} byte).`);
        console.log(`Đã kiểm tra bản sao: nguyên vẹn (lược đồ ${made.check.userVersion}; số dòng: ${rows}).`);
        return;
      }
      const out = outputFile(opts.out ?? '', opts.force);
      await withHost(opts, { access: 'read', command: 'backup', role: 'any' }, async (host) => {
        await writeCheckedCopy(host.ctx.db, out, { overwrite: opts.force ?? false });
      });
      console.log(`Đã sao lưu vào ${out}.`);
    });

  program
    .command('restore')
    .description('khôi phục từ bản sao lưu (giữ một bản của dữ liệu hiện tại trước)')
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .requiredOption('--from <file>', 'bản sao lưu')
    .action(async (opts: DbOption & { from: string }) => {
      const target = dbFileOf(opts);
      if (!existsSync(target)) throw missingDataFile(target);
      assertReplaceable(target);
      const why = readOnlyCause(target);
      if (why) throw readOnlyRefusal(target, why);
      // The running app (or any other writer) holds the file: replacing it under it would lose its writes.
      const lock = acquireWriteLock(target, 'lệnh tiendo restore');
      try {
        const from = path.resolve(opts.from);
        const kept = await restoreDatabase(target, from, defaultBackupDir(target), new Date());
        if (kept) console.log(`Đã giữ bản dữ liệu trước khi khôi phục: ${kept.file}`);
        console.log(`Đã khôi phục ${target} từ ${from}.`);
      } finally {
        lock.release();
      }
    });

  program
    .command('check')
    .description('kiểm tra toàn vẹn (integrity_check) và khóa ngoại (foreign_key_check)')
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .action(async (opts: DbOption) => {
      const file = dbFileOf(opts);
      if (!existsSync(file)) throw missingDataFile(file);
      // Read-only and without the open-time check: reporting the damage is this command's job.
      const db = await openReadOnlyDatabase({ file, check: false });
      try {
        const report = checkDatabase(db);
        if (!report.ok) {
          for (const p of report.problems) console.error(p);
          throw new AppError(
            'CSDL_LOI',
            `Tệp dữ liệu có ${report.problems.length} vấn đề; hãy khôi phục từ bản sao lưu gần nhất.`,
          );
        }
        console.log('Tệp dữ liệu toàn vẹn: integrity_check ok, không có lỗi khóa ngoại.');
      } finally {
        db.close();
      }
    });
}
