// Meeting documents from the command line: the briefing pack and the notice of conclusions of a meeting,
// written as workbooks (the same files the app exports, before signing).
import type { Command } from 'commander';
import path from 'node:path';
import type { AppHost } from '../app';
import { writeBriefingWorkbook, writeNoticeWorkbook } from '../excel/briefing';
import { buildBriefing } from '../services/briefing';
import { briefingHeader, buildNoticeDocument } from '../services/briefing/documents';
import { findMeetingId } from '../services/briefing/findMeeting';
import { writeFileAtomic } from '../fsx/atomicWrite';
import { outputFile, UsageError, withHost, type DbOption } from './shared';

interface Options extends DbOption {
  meeting: string;
  out: string;
  force?: boolean;
}

function outFile(opts: Options): string {
  if (!path.resolve(opts.out).toLowerCase().endsWith('.xlsx'))
    throw new UsageError('--out: tên tệp phải có đuôi .xlsx.');
  return outputFile(opts.out, opts.force);
}

/** A command that writes one document of a meeting: the same options, the output checked before opening. */
function meetingCommand(
  program: Command,
  name: string,
  description: string,
  write: (host: AppHost, meetingId: string, save: (bytes: Buffer) => void, out: string) => Promise<void>,
): void {
  program
    .command(name)
    .description(description)
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .requiredOption(
      '--meeting <id|số[/năm]>',
      'mã phiên họp, hoặc số phiên họp trong năm (ví dụ 4/2025; chỉ số, ví dụ 4, khi không trùng năm nào khác)',
    )
    .requiredOption('--out <file.xlsx>', 'tệp Excel sẽ tạo')
    .option('--force', 'ghi đè tệp đã có')
    .action(async (opts: Options) => {
      const out = outFile(opts);
      await withHost(opts, { access: 'read', command: name }, (host) =>
        write(
          host,
          findMeetingId(host.ctx, opts.meeting),
          (bytes) => writeFileAtomic(out, bytes, { overwrite: opts.force ?? false }),
          out,
        ),
      );
    });
}

export function registerBriefingCommands(program: Command): void {
  meetingCommand(
    program,
    'briefing',
    'tài liệu phục vụ phiên họp: tình hình từ phiên trước đến ngày họp, xuất ra tệp Excel',
    async (host, meetingId, save, out) => {
      const b = buildBriefing(host.ctx, meetingId);
      save(await writeBriefingWorkbook(b, briefingHeader(b, host.ctx.today()), host.ctx.now()));
      const c = b.counts;
      console.log(`Đã ghi tài liệu phiên họp thứ ${b.meeting.number} vào ${out}.`);
      console.log(
        `  Từ phiên trước: ${c.completed} hoàn thành, ${c.newlyOverdue} mới quá hạn, ${c.values} số liệu chỉ tiêu mới.`,
      );
      console.log(
        `  Tại ngày họp: ${c.overdue} quá hạn, ${c.dueSoon} sắp đến hạn, ${c.indicatorsBehind} chỉ tiêu cần nỗ lực, ${c.conclusionsWithoutTask}/${c.conclusions} kết luận chưa giao nhiệm vụ.`,
      );
    },
  );
  meetingCommand(
    program,
    'notice',
    'thông báo kết luận của phiên họp (nội dung đã lưu, hoặc bản nháp từ các kết luận), xuất ra tệp Excel',
    async (host, meetingId, save, out) => {
      const doc = buildNoticeDocument(host.ctx, meetingId);
      save(await writeNoticeWorkbook(doc));
      console.log(`Đã ghi thông báo kết luận phiên họp thứ ${doc.meeting.number} vào ${out}.`);
    },
  );
}
