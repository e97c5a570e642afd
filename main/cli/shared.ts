import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppHost } from '../app';
import { isValidIsoDate } from '../../shared/dates';
import { explainStorageError } from '../db/storageErrors';
import { AppError } from '../errors';
import { resolveDbFile } from '../paths';
import { APP_VERSION } from '../version';
import { defaultSecretsFile } from '../secrets/location';
import { fileSecretStore } from '../secrets/store';
import { requireRole, type FileRole } from '../services/centre/role';

/** Thrown for wrong usage: exit code 2. */
export class UsageError extends Error {}

/**
 * Ends a command with an exit code of its own after it has printed what it had to say (tiendo verify:
 * 3 for a file that is intact but whose signer is not confirmed).
 */
export class ExitCode extends Error {
  constructor(public readonly code: number) {
    super(`exit ${code}`);
  }
}

export interface DbOption {
  db?: string;
}

export function dbFileOf(opts: DbOption): string {
  return opts.db ? path.resolve(opts.db) : resolveDbFile([], process.env);
}

/** The refusal every command but `demo` and `init` gives for a data file that does not exist. */
export function missingDataFile(file: string): AppError {
  return new AppError(
    'KHONG_TIM_THAY',
    `Không tìm thấy tệp dữ liệu "${file}"; không có tệp hay thư mục nào được tạo. Hãy kiểm tra lại đường dẫn --db. ` +
      `Để tạo tệp dữ liệu mới cho một tỉnh: tiendo init --db "${file}" --province "Tên tỉnh"; để có dữ liệu mẫu: tiendo demo --db "${file}".`,
  );
}

export interface HostAccess {
  /** 'read' opens beside a running app; 'write' takes the file's write lock. */
  access: 'read' | 'write';
  /** The command's name, shown to a second writer that is refused while this one runs. */
  command: string;
  /** Only `demo`, `init` and `centre init` create the file. */
  create?: boolean;
  /**
   * Whose file the command works on: a province's (the default), the centre's (tiendo centre …), or
   * either (backups, checks, the trust list, verify). A file of the other kind is refused, saying so.
   */
  role?: FileRole | 'any';
}

/** Opens the database for one command and always closes it. Nothing is created unless `create`. */
export async function withHost<T>(
  opts: DbOption,
  how: HostAccess,
  fn: (host: AppHost) => Promise<T> | T,
): Promise<T> {
  const dbFile = dbFileOf(opts);
  if (!how.create && !existsSync(dbFile)) throw missingDataFile(dbFile);
  const host = await AppHost.open({
    dbFile,
    mode: 'browser',
    version: APP_VERSION,
    access: how.access,
    create: how.create ?? false,
    program: `lệnh tiendo ${how.command}`,
    secrets: fileSecretStore(defaultSecretsFile(process.env)),
  });
  for (const warning of host.warnings) console.error(`Chú ý: ${warning}`);
  try {
    const role = how.role ?? 'province';
    if (role !== 'any') requireRole(host.ctx, role, dbFile, `chạy lệnh "tiendo ${how.command}"`);
    return await fn(host);
  } finally {
    host.close();
  }
}

/** The --out file, refused when it exists unless --force: no command overwrites a file silently. */
export function outputFile(out: string, force: boolean | undefined): string {
  const full = path.resolve(out);
  if (existsSync(full) && !force)
    throw new UsageError(`Tệp "${full}" đã tồn tại; hãy chọn tên khác hoặc thêm --force để ghi đè.`);
  return full;
}

export function isoDateOption(value: string | undefined, name: string): string | null {
  if (value === undefined) return null;
  if (!isValidIsoDate(value)) {
    throw new UsageError(`${name}: ngày phải có dạng YYYY-MM-DD (ví dụ 2025-12-14).`);
  }
  return value;
}

export function describeError(error: unknown): string {
  const storage = explainStorageError(error);
  if (storage) return storage.message;
  if (error instanceof AppError || error instanceof UsageError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
