// Data commands: demo, stats, search.
import type { Command } from 'commander';
import { formatRate } from '../../shared/format/rate';
import { TASK_SITUATIONS, TASK_SITUATION_LABELS } from '../../shared/rules/taskSituation';
import { getDashboard } from '../services/dashboard';
import { createDemoProvince } from '../services/demo';
import { search } from '../services/search';
import { AppError } from '../errors';
import { registerInit } from './init';
import { isoDateOption, withHost, type DbOption } from './shared';
import { oneRow, sql } from '../db/sql';

const ENTITY_LABELS: Record<string, string> = {
  task: 'Nhiệm vụ',
  indicator: 'Chỉ tiêu',
  agency: 'Cơ quan',
  meeting: 'Phiên họp',
  plan: 'Kế hoạch',
  conclusion: 'Kết luận',
};

export function registerDataCommands(program: Command): void {
  program
    .command('demo')
    .description(
      'tạo tỉnh mẫu (khoảng 40 cơ quan, kế hoạch năm với hơn 60 nhiệm vụ, chỉ tiêu, phiên họp) trong tệp dữ liệu trống',
    )
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .option('--year <year>', 'năm của kế hoạch mẫu (mặc định: năm nay)')
    .action(async (opts: DbOption & { year?: string }) => {
      await withHost(opts, { access: 'write', command: 'demo', create: true }, (host) => {
        const count = oneRow<{ n: number }>(
          host.ctx.db,
          sql`SELECT (SELECT COUNT(*) FROM plan) + (SELECT COUNT(*) FROM agency) AS n`,
        );
        if (count.n > 0)
          throw new AppError(
            'DA_CO_DU_LIEU',
            `Tệp "${host.dbFile}" đã có dữ liệu; dữ liệu mẫu chỉ tạo trên tệp trống.`,
          );
        const year = opts.year ? Number(opts.year) : Number(host.ctx.today().slice(0, 4));
        const { planId } = createDemoProvince(host.ctx, { year });
        console.log(`Đã tạo dữ liệu mẫu trong ${host.dbFile} (kế hoạch ${planId}).`);
      });
    });

  registerInit(program);

  program
    .command('stats')
    .description('số liệu tổng quan: nhiệm vụ theo tình trạng, tỷ lệ hoàn thành, chỉ tiêu theo đánh giá')
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .option('--at <date>', 'ngày tham chiếu YYYY-MM-DD (mặc định: hôm nay)')
    .option('--plan <id>', 'kế hoạch (mặc định: kế hoạch mở mặc định trong ứng dụng)')
    .option('--json', 'in dạng JSON')
    .action(async (opts: DbOption & { at?: string; plan?: string; json?: boolean }) => {
      const at = isoDateOption(opts.at, '--at');
      await withHost(opts, { access: 'read', command: 'stats' }, (host) => {
        const d = getDashboard(host.ctx, { planId: opts.plan ?? null, at });
        if (opts.json) {
          console.log(JSON.stringify(d, null, 2));
          return;
        }
        console.log(`Ngày tham chiếu: ${d.at}`);
        console.log(
          `Nhiệm vụ: ${d.tasks.total}, đã hoàn thành ${d.done}, tỷ lệ hoàn thành ${formatRate(d.completionRate)}`,
        );
        for (const s of TASK_SITUATIONS) console.log(`  ${TASK_SITUATION_LABELS[s]}: ${d.tasks[s]}`);
        console.log(`Chỉ tiêu: ${d.indicatorSentence}`);
        console.log(`  ${d.indicatorBasis}`);
      });
    });

  program
    .command('search')
    .description('tìm nhiệm vụ, chỉ tiêu, cơ quan, phiên họp (không phân biệt dấu, kể cả đ/Đ)')
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .option('--limit <n>', 'số kết quả tối đa', '30')
    .argument('<text...>', 'từ khóa')
    .action(async (text: string[], opts: DbOption & { limit: string }) => {
      await withHost(opts, { access: 'read', command: 'search' }, (host) => {
        const hits = search(host.ctx, text.join(' '), Math.min(200, Math.max(1, Number(opts.limit) || 30)));
        if (hits.length === 0) {
          console.log('Không tìm thấy kết quả nào.');
          return;
        }
        for (const h of hits) console.log(`${ENTITY_LABELS[h.entity] ?? h.entity}\t${h.snippet}\t${h.title}`);
      });
    });
}
