import path from 'node:path';
import { AppHost } from '../app';
import { isValidIsoDate } from '../../shared/dates';
import { AppError } from '../errors';
import { resolveDbFile } from '../paths';
import { APP_VERSION } from '../version';

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

/** Opens the database for one command and always closes it. */
export async function withHost<T>(opts: DbOption, fn: (host: AppHost) => Promise<T> | T): Promise<T> {
  const host = await AppHost.open({ dbFile: dbFileOf(opts), mode: 'browser', version: APP_VERSION });
  try {
    return await fn(host);
  } finally {
    host.close();
  }
}

export function isoDateOption(value: string | undefined, name: string): string | null {
  if (value === undefined) return null;
  if (!isValidIsoDate(value)) {
    throw new UsageError(`${name}: ngày phải có dạng YYYY-MM-DD (ví dụ 2025-12-14).`);
  }
  return value;
}

export function describeError(error: unknown): string {
  if (error instanceof AppError || error instanceof UsageError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
