// `tiendo init`: a new, empty data file for one province, ready for its first plan: the pillars seeded,
// the province, the committee and the place of reports named in the settings. The only command besides
// `demo` that creates a data file, and it never touches an existing one.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { AppError } from '../errors';
import { inTransaction } from '../services/context';
import { listPillars, seedPillars } from '../services/pillars';
import { provinceNames } from '../services/province';
import { updateSettings } from '../services/settings';
import { dbFileOf, UsageError, withHost, type DbOption } from './shared';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('tạo tệp dữ liệu mới, trống, cho một tỉnh: các trụ cột, tên tỉnh và tên Ban Chỉ đạo')
    .requiredOption('--db <file>', 'tệp dữ liệu sẽ tạo (chưa có)')
    .requiredOption('--province <tên>', 'tên tỉnh, ví dụ "Lâm Đồng" (hoặc "Thành phố Hà Nội")')
    .action(async (opts: DbOption & { province: string }) => {
      const file = dbFileOf(opts);
      if (!opts.province.trim()) throw new UsageError('--province: hãy nhập tên tỉnh, ví dụ "Lâm Đồng".');
      if (existsSync(file))
        throw new AppError(
          'DA_CO_TEP',
          `Tệp "${file}" đã có; "tiendo init" chỉ tạo tệp dữ liệu mới và không thay đổi tệp đã có. Hãy chọn tên tệp khác, hoặc mở tệp này bằng TienDo.`,
        );
      const names = provinceNames(opts.province);
      await withHost(opts, { access: 'write', command: 'init', create: true }, (host) => {
        const ctx = { ...host.ctx, actor: () => 'tiendo init' };
        inTransaction(ctx, () => {
          updateSettings(ctx, names);
          seedPillars(ctx);
        });
        const pillars = listPillars(ctx, false).length;
        console.log(`Đã tạo tệp dữ liệu ${host.dbFile} cho ${names.provinceName}.`);
        console.log(`  ${names.committeeName}; ${pillars} trụ cột và lĩnh vực; chưa có kế hoạch nào.`);
      });
    });
}
