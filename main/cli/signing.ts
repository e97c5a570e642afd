// How a command signs: a PKCS#12 file (--p12, its password in --password-env) or the office's USB token
// (--pkcs11 MODULE [--slot N] [--key-label L], its PIN in --pin-env). Secrets are read from environment
// variables named on the command line, never from an argument, so they stay out of shell history and the
// process list. `tiendo token` lists what a module sees, to choose --slot and --key-label.
import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { localDate } from '../excel/signature';
import { withToken } from '../signing/pkcs11/client';
import { checkModulePath, knownModules } from '../signing/pkcs11/modules';
import type { CertificatePolicy, SignWith } from '../services/reports/pipeline';
import { UsageError } from './shared';

export interface SigningOptions {
  p12?: string;
  passwordEnv?: string;
  pkcs11?: string;
  slot?: string;
  keyLabel?: string;
  pinEnv?: string;
}

/** Adds the signing options to a command. */
export function withSigningOptions(command: Command): Command {
  return command
    .option('--p12 <file>', 'tệp chứng thư số PKCS#12 (.p12/.pfx) để ký')
    .option('--password-env <name>', 'tên biến môi trường chứa mật khẩu của tệp .p12')
    .option(
      '--pkcs11 <module>',
      'ký bằng thiết bị ký số (USB token): đường dẫn thư viện PKCS#11 của thiết bị',
    )
    .option(
      '--slot <n>',
      'khe của thiết bị (như "tiendo token" liệt kê; mặc định: thiết bị duy nhất đang cắm)',
    )
    .option('--key-label <nhãn>', 'nhãn chứng thư số trên thiết bị (mặc định: chứng thư duy nhất có khóa ký)')
    .option('--pin-env <name>', 'tên biến môi trường chứa mã PIN của thiết bị (không gõ PIN trên dòng lệnh)');
}

function secretFrom(variable: string | undefined, flag: string, what: string): string {
  if (!variable)
    throw new UsageError(`${flag} (${what} đặt trong biến môi trường, không gõ trên dòng lệnh).`);
  const value = process.env[variable];
  if (!value) throw new UsageError(`Biến môi trường ${variable} chưa có ${what}.`);
  return value;
}

/** The signing the options ask for; unsigned without any. */
export function signWithOf(opts: SigningOptions, certificate: CertificatePolicy): SignWith {
  if (opts.p12 && opts.pkcs11) throw new UsageError('Chỉ chọn một cách ký: --p12 hoặc --pkcs11.');
  if (opts.pkcs11) {
    if (opts.slot !== undefined && !/^\d+$/.test(opts.slot))
      throw new UsageError(`--slot: "${opts.slot}" không phải số khe (xem "tiendo token --pkcs11 …").`);
    return {
      kind: 'pkcs11',
      module: checkModulePath(path.resolve(opts.pkcs11)),
      ...(opts.slot === undefined ? {} : { slotId: opts.slot }),
      ...(opts.keyLabel === undefined ? {} : { keyLabel: opts.keyLabel }),
      pin: secretFrom(opts.pinEnv, '--pkcs11 cần kèm --pin-env TÊN_BIẾN', 'mã PIN của thiết bị ký số'),
      certificate,
    };
  }
  if (opts.p12) {
    const file = path.resolve(opts.p12);
    if (!existsSync(file)) throw new AppError('KHONG_TIM_THAY', `Không tìm thấy tệp "${file}".`);
    return {
      kind: 'p12',
      p12: readFileSync(file),
      password: secretFrom(
        opts.passwordEnv,
        '--p12 cần kèm --password-env TÊN_BIẾN',
        'mật khẩu của tệp chứng thư số',
      ),
      certificate,
    };
  }
  if (opts.pinEnv || opts.passwordEnv || opts.slot || opts.keyLabel)
    throw new UsageError('--pin-env, --slot, --key-label cần kèm --pkcs11; --password-env cần kèm --p12.');
  return { kind: 'none' };
}

/** What the CLI signs with when a certificate is about to expire: signed, warned about on stderr. */
export function cliCertificatePolicy(allowExpired: boolean | undefined): CertificatePolicy {
  return {
    accepted: allowExpired ? 'any' : 'expiring',
    warn: (message: string) =>
      console.error(`Cảnh báo: ${message.charAt(0).toLowerCase()}${message.slice(1)}`),
  };
}

export function registerTokenCommand(program: Command): void {
  program
    .command('token')
    .description(
      'thiết bị ký số (USB token): không có --pkcs11 thì liệt kê các thư viện PKCS#11 thường gặp; có thì liệt kê khe và chứng thư số trên thiết bị',
    )
    .option('--pkcs11 <module>', 'đường dẫn thư viện PKCS#11 của thiết bị')
    .option('--slot <n>', 'chỉ khe này')
    .action(async (opts: { pkcs11?: string; slot?: string }) => {
      if (!opts.pkcs11) {
        for (const m of knownModules())
          console.log(
            `${m.present ? '[có]   ' : '[không]'} ${m.vendor}: ${m.path}${m.verified ? '' : ' (chưa kiểm tra)'}`,
          );
        return;
      }
      const module = checkModulePath(path.resolve(opts.pkcs11));
      await withToken(module, async (session) => {
        const slots = await session.slots();
        if (slots.length === 0) console.log('Không thấy thiết bị ký số nào: hãy cắm USB token vào máy.');
        for (const s of slots) {
          if (opts.slot !== undefined && s.slotId !== opts.slot) continue;
          console.log(
            `Khe ${s.slotId}: ${s.tokenLabel} (${s.manufacturer} ${s.model}, số sê-ri ${s.serialNumber})`,
          );
          for (const c of await session.certificates(s.slotId))
            console.log(
              `  - nhãn "${c.label}": ${c.signer.subject}; hiệu lực đến ${localDate(c.signer.notAfter)}; dấu vân tay ${c.fingerprint}`,
            );
        }
      });
    });
}
