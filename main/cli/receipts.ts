// On a province's side: import the centre's receipts (the file, or the .eml reply carrying it) and list
// the submissions with whether the acknowledgement came back, so a secretary knows the report arrived.
import type { Command } from 'commander';
import { localDate } from '../excel/signature';
import { AppError } from '../errors';
import { importReceipts } from '../services/centre/acknowledgements';
import { ownSigners } from '../services/reports/identity';
import { listSubmissions } from '../services/reports/submissions';
import path from 'node:path';
import { filesToReceive } from './centre';
import { withHost, type DbOption } from './shared';

export function registerReceiptCommands(program: Command): void {
  const receipt = program.command('receipt').description('giấy biên nhận của Trung ương cho báo cáo đã gửi');
  receipt
    .command('import')
    .description('nhập giấy biên nhận (tệp .xlsx hoặc thư .eml trả lời) vào hồ sơ báo cáo')
    .requiredOption('--db <file>', 'tệp dữ liệu của tỉnh')
    .argument('<files...>', 'tệp giấy biên nhận, thư .eml, hoặc thư mục')
    .action(async (paths: string[], opts: DbOption) => {
      const files = filesToReceive(paths);
      const refused = await withHost(opts, { access: 'write', command: 'receipt import' }, async (host) => {
        const outcomes = await importReceipts(host.ctx, files, ownSigners(path.dirname(host.dbFile)));
        for (const o of outcomes) {
          const a = o.acknowledgement;
          if (o.status === 'refused') console.log(`TỪ CHỐI    ${o.fileName}: ${o.reason}`);
          else
            console.log(
              `${o.status === 'imported' ? 'ĐÃ NHẬP   ' : 'ĐÃ CÓ      '} ${o.fileName}: ${a?.centre ?? ''} đã nhận lúc ${a ? localDate(a.receivedAt) : ''}; ${a?.state === 'confirmed' ? `người ký đã được tin cậy (${a.reason})` : `CHƯA XÁC NHẬN người ký: ${a?.reason ?? ''}`}`,
            );
        }
        return outcomes.filter((o) => o.status === 'refused').length;
      });
      if (refused > 0)
        throw new AppError('CO_TEP_BI_TU_CHOI', `${refused} giấy biên nhận bị từ chối (lý do ở trên).`);
    });

  program
    .command('submissions')
    .description('hồ sơ báo cáo đã xuất: tệp, mã SHA-256, người ký, Trung ương đã xác nhận nhận được chưa')
    .requiredOption('--db <file>', 'tệp dữ liệu của tỉnh')
    .option('--json', 'in dạng JSON')
    .action(async (opts: DbOption & { json?: boolean }) => {
      await withHost(opts, { access: 'read', command: 'submissions' }, (host) => {
        const list = listSubmissions(host.ctx, { planId: null, limit: 1000 });
        if (opts.json) {
          console.log(JSON.stringify(list, null, 2));
          return;
        }
        for (const s of list) {
          const a = s.acknowledgement;
          const ack = !a
            ? 'chưa có giấy biên nhận'
            : a.state === 'confirmed'
              ? `${a.centre} đã nhận lúc ${localDate(a.receivedAt)} (biên nhận có chữ ký đã được tin cậy)`
              : `có biên nhận của "${a.centre}" nhưng chưa xác nhận người ký (${a.fingerprint})`;
          console.log(`${localDate(s.createdAt)}  ${s.fileName}  ${s.sha256.slice(0, 16)}…  ${ack}`);
        }
      });
    });
}
