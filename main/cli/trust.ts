// The trust list from the command line (a province's file or the centre's): add a signer from its
// certificate file or from a signed report (only with the fingerprint read with the sender), import CA
// certificates and revocation lists, list and remove. Fingerprints print in groups of four.
import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { groupFingerprint } from '../excel/signature';
import {
  addTrustedSigner,
  findTrustedSigner,
  getTrustList,
  importAuthorities,
  importCrl,
  inspectTrustFile,
  removeTrustedSigner,
} from '../services/trust';
import { HOW_TO_CONFIRM } from '../services/trust/signers';
import { localDate } from '../excel/signature';
import { UsageError, withHost, type DbOption } from './shared';

function readFile(file: string): Buffer {
  const full = path.resolve(file);
  if (!existsSync(full)) throw new AppError('KHONG_TIM_THAY', `Không tìm thấy tệp "${full}".`);
  return readFileSync(full);
}

const isDocument = (file: string) => /\.(xlsx|docx)$/i.test(file);

interface AddOptions extends DbOption {
  name: string;
  province?: string;
  fingerprint?: string;
}

function registerAdd(trust: Command): void {
  trust
    .command('add')
    .description(
      'thêm người ký vào danh sách tin cậy, từ tệp chứng thư số (.cer/.pem/.p7b) hoặc từ một báo cáo đã ký nhận được (cần --fingerprint: dấu vân tay đã đối chiếu với nơi gửi)',
    )
    .requiredOption('--db <file>', 'tệp dữ liệu (của tỉnh hoặc của Trung ương)')
    .argument('<file>', 'tệp chứng thư số, hoặc tệp báo cáo .xlsx đã ký')
    .requiredOption('--name <tên>', 'tên cơ quan của người ký, ví dụ "UBND tỉnh Lâm Đồng"')
    .option(
      '--province <tỉnh>',
      'tỉnh mà người ký này ký báo cáo, ví dụ "Tỉnh Lâm Đồng" (mặc định: tỉnh ghi trong báo cáo đã ký)',
    )
    .option(
      '--fingerprint <dấu vân tay>',
      'dấu vân tay SHA-256 mà nơi gửi đọc cho bạn qua điện thoại (64 ký tự, có thể cách nhau theo nhóm); bắt buộc khi thêm từ một báo cáo',
    )
    .action(async (file: string, opts: AddOptions) => {
      const bytes = readFile(file);
      if (isDocument(file) && !opts.fingerprint) {
        // Show what to compare, and add nothing.
        await withHost(opts, { access: 'read', command: 'trust add', role: 'any' }, async (host) => {
          const c = await inspectTrustFile(host.ctx, bytes);
          console.log(`Người ký (theo chứng thư số): ${c.signer.subject}`);
          console.log(`Dấu vân tay chứng thư số (SHA-256): ${c.fingerprint}`);
          console.log(HOW_TO_CONFIRM);
        });
        throw new UsageError(
          'Chưa thêm: hãy đối chiếu dấu vân tay với nơi gửi rồi chạy lại lệnh với --fingerprint "…" (dấu vân tay họ đọc cho bạn).',
        );
      }
      await withHost(opts, { access: 'write', command: 'trust add', role: 'any' }, async (host) => {
        const entry = await addTrustedSigner(host.ctx, bytes, {
          name: opts.name,
          ...(opts.province === undefined ? {} : { province: opts.province }),
          fingerprint: opts.fingerprint ?? null,
        });
        console.log(
          `Đã thêm vào danh sách tin cậy: ${entry.name}${entry.province ? ` (ký báo cáo của ${entry.province})` : ''}`,
        );
        console.log(`Người ký (theo chứng thư số): ${entry.subject}`);
        console.log(`Dấu vân tay chứng thư số (SHA-256): ${entry.fingerprint}`);
        console.log(`Hiệu lực chứng thư số: ${localDate(entry.notBefore)} đến ${localDate(entry.notAfter)}`);
        if (!opts.fingerprint)
          console.log(
            'Lưu ý: chưa đối chiếu dấu vân tay. Nếu tệp chứng thư số không được nhận trực tiếp từ nơi cấp, hãy gọi điện đối chiếu dấu vân tay trên.',
          );
      });
    });
}

function registerList(trust: Command): void {
  trust
    .command('list')
    .description('danh sách tin cậy: người ký, tổ chức cấp chứng thư số (CA), danh sách thu hồi đã nhập')
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .option('--json', 'in dạng JSON')
    .action(async (opts: DbOption & { json?: boolean }) => {
      await withHost(opts, { access: 'read', command: 'trust list', role: 'any' }, (host) => {
        const list = getTrustList(host.ctx);
        if (opts.json) {
          console.log(JSON.stringify(list, null, 2));
          return;
        }
        console.log(`Người ký được tin cậy (${list.signers.length}):`);
        for (const s of list.signers) {
          console.log(`  - ${s.name}${s.province ? ` (báo cáo của ${s.province})` : ''}: ${s.subject}`);
          console.log(`    dấu vân tay ${s.fingerprint}`);
          console.log(
            `    tin cậy từ ${localDate(s.trustedSince)} (${s.addedBy}); chứng thư hiệu lực đến ${localDate(s.notAfter)}`,
          );
        }
        console.log(`Tổ chức cấp chứng thư số (${list.authorities.length}):`);
        for (const a of list.authorities) {
          console.log(`  - ${a.name}${a.root ? ' (gốc)' : ''}: ${a.subject}`);
          console.log(`    dấu vân tay ${a.fingerprint}; hiệu lực đến ${localDate(a.notAfter)}`);
        }
        console.log(`Danh sách thu hồi (${list.crls.length}):`);
        for (const c of list.crls)
          console.log(
            `  - ${c.authority}: ${c.entries} chứng thư bị thu hồi, ngày ${localDate(c.thisUpdate)}${c.stale ? ' (đã quá hạn cập nhật: hãy nhập danh sách mới)' : ''}`,
          );
      });
    });
}

function registerRemove(trust: Command): void {
  trust
    .command('remove')
    .description('bỏ một người ký khỏi danh sách tin cậy (theo dấu vân tay)')
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .argument('<fingerprint>', 'dấu vân tay SHA-256 của người ký (như in ở tiendo trust list)')
    .action(async (fingerprint: string, opts: DbOption) => {
      await withHost(opts, { access: 'write', command: 'trust remove', role: 'any' }, (host) => {
        const signer = findTrustedSigner(host.ctx, fingerprint);
        if (!signer)
          throw new AppError(
            'KHONG_TIM_THAY',
            `Không có người ký nào với dấu vân tay ${groupFingerprint(fingerprint)} trong danh sách tin cậy.`,
          );
        removeTrustedSigner(host.ctx, signer.id);
        console.log(`Đã bỏ khỏi danh sách tin cậy: ${signer.name} (${signer.fingerprint}).`);
      });
    });
}

function registerAuthorities(trust: Command): void {
  trust
    .command('ca')
    .description(
      'nhập chứng thư số của tổ chức cấp chứng thư số (CA gốc quốc gia, CA gốc Chính phủ, …) từ .cer/.pem/.p7b: mọi chứng thư do CA này cấp được tin cậy',
    )
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .argument('<file>', 'tệp chứng thư số của CA')
    .option('--name <tên>', 'tên gọi của CA (mặc định: tên trong chứng thư)')
    .action(async (file: string, opts: DbOption & { name?: string }) => {
      const bytes = readFile(file);
      await withHost(opts, { access: 'write', command: 'trust ca', role: 'any' }, (host) => {
        const { added, skipped } = importAuthorities(host.ctx, bytes, opts.name);
        for (const a of added)
          console.log(`Đã nhập CA: ${a.name} (${a.subject}), dấu vân tay ${a.fingerprint}`);
        for (const a of skipped) console.log(`Đã có trong danh sách: ${a.name}`);
      });
    });
}

function registerCrl(trust: Command): void {
  trust
    .command('crl')
    .description('nhập danh sách thu hồi chứng thư số (.crl) do một CA trong danh sách phát hành')
    .requiredOption('--db <file>', 'tệp dữ liệu')
    .argument('<file>', 'tệp .crl')
    .action(async (file: string, opts: DbOption) => {
      const bytes = readFile(file);
      await withHost(opts, { access: 'write', command: 'trust crl', role: 'any' }, (host) => {
        const crl = importCrl(host.ctx, bytes);
        console.log(
          `Đã nhập danh sách thu hồi của ${crl.authority}: ${crl.entries} chứng thư bị thu hồi, ngày ${localDate(crl.thisUpdate)}${crl.nextUpdate ? `, cập nhật tiếp trước ngày ${localDate(crl.nextUpdate)}` : ''}.`,
        );
      });
    });
}

export function registerTrustCommands(program: Command): void {
  const trust = program
    .command('trust')
    .description('danh sách tin cậy: người ký, tổ chức cấp chứng thư số, danh sách thu hồi');
  registerAdd(trust);
  registerList(trust);
  registerRemove(trust);
  registerAuthorities(trust);
  registerCrl(trust);
}
