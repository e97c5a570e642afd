// Maintenance commands: backup, restore, check.
import type { Command } from 'commander';
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { restoreDatabase } from '../db/backup';
import { checkDatabase } from '../db/check';
import { defaultBackupDir } from '../db/open';
import { AppError } from '../errors';
import { dbFileOf, withHost, type DbOption } from './shared';

export function registerMaintenanceCommands(program: Command): void {
  program
    .command('backup')
    .description('sao lưu tệp dữ liệu (dùng API sao lưu của SQLite, an toàn khi ứng dụng đang mở)')
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .requiredOption('--out <file>', 'tệp sao lưu sẽ tạo')
    .action(async (opts: DbOption & { out: string }) => {
      const out = path.resolve(opts.out);
      if (existsSync(out)) throw new AppError('DA_TON_TAI', `Tệp "${out}" đã tồn tại; hãy chọn tên khác.`);
      await withHost(opts, async (host) => {
        await host.ctx.db.backup(out);
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
      const kept = await restoreDatabase(
        target,
        path.resolve(opts.from),
        defaultBackupDir(target),
        new Date(),
      );
      if (kept) console.log(`Đã giữ bản dữ liệu trước khi khôi phục: ${kept.file}`);
      console.log(`Đã khôi phục ${target} từ ${path.resolve(opts.from)}.`);
    });

  program
    .command('check')
    .description('kiểm tra toàn vẹn (integrity_check) và khóa ngoại (foreign_key_check)')
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .action((opts: DbOption) => {
      const file = dbFileOf(opts);
      if (!existsSync(file)) throw new AppError('KHONG_TIM_THAY', `Không tìm thấy tệp dữ liệu "${file}".`);
      const db = new Database(file, { readonly: true, fileMustExist: true });
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
