// Meeting documents from the command line: the briefing pack and the notice of conclusions of a meeting,
// written as workbooks (the notice also as a Word document, by the --out file's extension). Unsigned, they are written beside a running app (read-only, nothing recorded);
// signed (--p12 or the USB token, --pkcs11), they go through the app's export pipeline and are recorded as
// submissions of the meeting, with their SHA-256, as the app records them.
import type { Command } from 'commander';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { AppHost } from '../app';
import { DOCUMENT_FORMAT_LABELS, formatOfFileName, type DocumentFormat } from '../../shared/report/formats';
import { writeBriefingWorkbook, writeNoticeWorkbook } from '../excel/briefing';
import { writeNoticeDocx } from '../word/notice';
import { buildBriefing } from '../services/briefing';
import { briefingHeader, buildNoticeDocument } from '../services/briefing/documents';
import { findMeetingId } from '../services/briefing/findMeeting';
import { writeFileAtomic } from '../fsx/atomicWrite';
import { exportMeetingDocument } from '../services/briefing/export';
import type { SignWith } from '../services/reports/pipeline';
import type { MeetingDocument } from '../services/reports/submissions';
import { outputFile, UsageError, withHost, type DbOption } from './shared';
import { cliCertificatePolicy, signWithOf, withSigningOptions, type SigningOptions } from './signing';

interface Options extends DbOption, SigningOptions {
  meeting: string;
  out: string;
  force?: boolean;
  allowExpiredCertificate?: boolean;
}

/** The --out file and the format its name asks for: the briefing is a workbook; the notice also a Word document. */
function outFile(opts: Options, formats: readonly DocumentFormat[]): { out: string; format: DocumentFormat } {
  const format = formatOfFileName(opts.out);
  if (!format || !formats.includes(format))
    throw new UsageError(
      `--out: tên tệp phải có đuôi ${formats.map((f) => `.${f}`).join(' hoặc ')} (${formats.map((f) => DOCUMENT_FORMAT_LABELS[f]).join(', ')}).`,
    );
  return { out: outputFile(opts.out, opts.force), format };
}

/** A command that writes one document of a meeting: the same options, the output checked before opening. */
function meetingCommand(
  program: Command,
  name: string,
  description: string,
  formats: readonly DocumentFormat[],
  write: (
    host: AppHost,
    meetingId: string,
    save: (bytes: Buffer) => void,
    out: string,
    format: DocumentFormat,
  ) => Promise<void>,
): void {
  withSigningOptions(program.command(name))
    .description(description)
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .requiredOption(
      '--meeting <id|số[/năm]>',
      'mã phiên họp, hoặc số phiên họp trong năm (ví dụ 4/2025; chỉ số, ví dụ 4, khi không trùng năm nào khác)',
    )
    .requiredOption(
      formats.length > 1 ? '--out <file.xlsx|file.docx>' : '--out <file.xlsx>',
      formats.length > 1
        ? 'tệp sẽ tạo: .xlsx (Excel) hoặc .docx (Word), theo đuôi tên tệp'
        : 'tệp Excel sẽ tạo',
    )
    .option('--force', 'ghi đè tệp đã có')
    .option('--allow-expired-certificate', 'vẫn ký khi chứng thư số đã hết hạn hoặc chưa có hiệu lực')
    .action(async (opts: Options) => {
      const { out, format } = outFile(opts, formats);
      const signWith = signWithOf(opts, cliCertificatePolicy(opts.allowExpiredCertificate));
      if (signWith.kind !== 'none') {
        await exportSigned(opts, name === 'briefing' ? 'briefing' : 'notice', signWith, out, format);
        return;
      }
      await withHost(opts, { access: 'read', command: name }, (host) =>
        write(
          host,
          findMeetingId(host.ctx, opts.meeting),
          (bytes) => writeFileAtomic(out, bytes, { overwrite: opts.force ?? false }),
          out,
          format,
        ),
      );
    });
}

/** A signed meeting document: through the export pipeline, recorded as a submission, written atomically. */
async function exportSigned(
  opts: Options,
  document: MeetingDocument,
  signWith: SignWith,
  out: string,
  format: DocumentFormat,
): Promise<void> {
  await withHost(opts, { access: 'write', command: document }, async (host) => {
    let delivered = false;
    try {
      const result = await exportMeetingDocument(host.ctx, path.dirname(host.dbFile), {
        meetingId: findMeetingId(host.ctx, opts.meeting),
        document,
        format,
        signWith,
        deliver: (content) => {
          writeFileAtomic(out, content, { overwrite: opts.force ?? false });
          delivered = true;
        },
      });
      console.log(
        `Đã ghi ${document === 'briefing' ? 'tài liệu phiên họp' : 'thông báo kết luận'} đã ký: ${out}`,
      );
      console.log(`SHA-256: ${result.sha256}`);
      console.log(`Người ký: ${result.signer ?? '(chưa ký số)'}`);
      console.log(`Hồ sơ: ${result.submissionId}`);
    } catch (error) {
      if (delivered) rmSync(out, { force: true });
      throw error;
    }
  });
}

export function registerBriefingCommands(program: Command): void {
  meetingCommand(
    program,
    'briefing',
    'tài liệu phục vụ phiên họp: tình hình từ phiên trước đến ngày họp, xuất ra tệp Excel',
    ['xlsx'],
    async (host, meetingId, save, out) => {
      const b = buildBriefing(host.ctx, meetingId);
      save(await writeBriefingWorkbook(b, briefingHeader(b), host.ctx.now()));
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
    'thông báo kết luận của phiên họp (nội dung đã lưu, hoặc bản nháp từ các kết luận), xuất ra tệp Excel (.xlsx) hoặc Word (.docx) theo đuôi tên tệp',
    ['xlsx', 'docx'],
    async (host, meetingId, save, out, format) => {
      const doc = buildNoticeDocument(host.ctx, meetingId);
      save(format === 'docx' ? await writeNoticeDocx(doc) : await writeNoticeWorkbook(doc));
      console.log(`Đã ghi thông báo kết luận phiên họp thứ ${doc.meeting.number} vào ${out}.`);
    },
  );
}
