// Where the PKCS#11 module (the token's driver library) usually is, per vendor, for the "choose the module"
// list; the person can always give the path of another one. Only SoftHSM2 was loaded and signed with here
// (it is the test stand-in); every other name comes from vendors' installers as reported publicly and is
// marked unverified: it is offered when the file exists on this machine, and nothing else is assumed.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Pkcs11Module } from '../../../shared/api/types';
import { AppError } from '../../errors';

interface KnownModule {
  vendor: string;
  /** Per platform: absolute paths, or bare file names looked for in the Windows system folder. */
  files: Partial<Record<NodeJS.Platform, string[]>>;
  verified: boolean;
  note: string;
}

const KNOWN: KnownModule[] = [
  {
    vendor: 'Ban Cơ yếu Chính phủ (chứng thư số chuyên dùng Chính phủ)',
    files: {
      win32: ['eTPKCS11.dll'],
      linux: ['/usr/lib/libeTPkcs11.so'],
      darwin: ['/usr/local/lib/libeTPkcs11.dylib'],
    },
    verified: false,
    note: 'Thiết bị (token) của Ban Cơ yếu Chính phủ dùng phần mềm điều khiển đi kèm thiết bị; tên tệp tùy đời thiết bị, chưa được kiểm tra.',
  },
  {
    vendor: 'VNPT-CA',
    files: {
      win32: ['vnpt-ca_csp11.dll', 'eps2003csp11.dll'],
      linux: ['/usr/lib/vnpt-ca/libcryptoki.so'],
      darwin: ['/Library/vnpt-ca/lib/libcryptoki.dylib'],
    },
    verified: false,
    note: 'Chưa được kiểm tra với thiết bị thật.',
  },
  {
    vendor: 'Viettel-CA',
    files: {
      win32: ['viettel-ca_v6.dll', 'viettel-ca_v5.dll', 'eps2003csp11.dll'],
      linux: ['/usr/lib/viettel-ca/libpkcs11.so'],
      darwin: ['/usr/local/lib/viettel-ca_v6.dylib'],
    },
    verified: false,
    note: 'Chưa được kiểm tra với thiết bị thật.',
  },
  {
    vendor: 'BKAV-CA',
    files: { win32: ['BkavCA.dll', 'bkavcsp11.dll'] },
    verified: false,
    note: 'Chưa được kiểm tra với thiết bị thật.',
  },
  {
    vendor: 'FPT-CA',
    files: { win32: ['fpt-ca.dll', 'eps2003csp11.dll'], linux: ['/usr/lib/fpt-ca/libpkcs11.so'] },
    verified: false,
    note: 'Chưa được kiểm tra với thiết bị thật.',
  },
  {
    vendor: 'Feitian ePass2003 (thiết bị nhiều tổ chức cấp chứng thư số dùng)',
    files: { win32: ['eps2003csp11.dll'], linux: ['/usr/lib/libcastle.so.1.0.0'] },
    verified: false,
    note: 'Chưa được kiểm tra với thiết bị thật.',
  },
  {
    vendor: 'SafeNet eToken',
    files: {
      win32: ['eTPKCS11.dll'],
      linux: ['/usr/lib/libeTPkcs11.so'],
      darwin: ['/usr/local/lib/libeTPkcs11.dylib'],
    },
    verified: false,
    note: 'Chưa được kiểm tra với thiết bị thật.',
  },
  {
    vendor: 'OpenSC (thẻ và thiết bị theo chuẩn chung)',
    files: {
      win32: ['C:\\Program Files\\OpenSC Project\\OpenSC\\pkcs11\\opensc-pkcs11.dll'],
      linux: ['/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so', '/usr/lib/opensc-pkcs11.so'],
      darwin: ['/Library/OpenSC/lib/opensc-pkcs11.so'],
    },
    verified: false,
    note: 'Chưa được kiểm tra với thiết bị thật.',
  },
  {
    vendor: 'SoftHSM2 (thiết bị giả lập để thử, không dùng để ký thật)',
    files: {
      linux: ['/usr/lib/softhsm/libsofthsm2.so', '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so'],
      win32: ['C:\\SoftHSM2\\lib\\softhsm2-x64.dll'],
      darwin: ['/usr/local/lib/softhsm/libsofthsm2.so'],
    },
    verified: true,
    note: 'Đã kiểm tra trên Debian (gói softhsm2): TienDo ký và kiểm tra được.',
  },
];

function resolved(file: string, platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (platform === 'win32' && !/[\\/]/.test(file))
    return path.win32.join(env.SystemRoot ?? 'C:\\Windows', 'System32', file);
  return file;
}

/** The usual modules of this platform, each with whether its file is on this machine. */
export function knownModules(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  exists: (file: string) => boolean = existsSync,
): Pkcs11Module[] {
  return KNOWN.flatMap((k) =>
    (k.files[platform] ?? []).map((f) => {
      const file = resolved(f, platform, env);
      return { vendor: k.vendor, path: file, verified: k.verified, present: exists(file), note: k.note };
    }),
  );
}

const LIBRARY = /\.(dll|so(\.\d+)*|dylib)$/i;

/** Refuses anything but an existing library file given by its full path (what "Chọn tệp…" gives). */
export function checkModulePath(file: string): string {
  const trimmed = file.trim();
  if (!path.isAbsolute(trimmed) && !path.win32.isAbsolute(trimmed))
    throw new AppError(
      'PKCS11_DUONG_DAN',
      `Thư viện PKCS#11 phải được chỉ bằng đường dẫn đầy đủ (ví dụ C:\\Windows\\System32\\eTPKCS11.dll), không phải "${trimmed}".`,
    );
  if (!LIBRARY.test(trimmed))
    throw new AppError(
      'PKCS11_DUONG_DAN',
      `"${trimmed}" không phải tệp thư viện (.dll, .so hoặc .dylib) của thiết bị ký số.`,
    );
  let isFile = false;
  try {
    isFile = statSync(trimmed).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile)
    throw new AppError(
      'PKCS11_KHONG_CO_TEP',
      `Không tìm thấy thư viện PKCS#11 "${trimmed}". Hãy cài phần mềm điều khiển của thiết bị ký số (đi kèm USB token), hoặc chọn đúng tệp thư viện.`,
    );
  return trimmed;
}
