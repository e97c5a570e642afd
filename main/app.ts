import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  defaultBackupDir,
  openDatabase,
  openForWriting,
  openReadOnlyDatabase,
  readOnlyCause,
  readOnlyRefusal,
  type Db,
} from './db/open';
import { dailyBackupIfDue, listBackups, restoreDatabase, type CopyDatabase } from './db/backup';
import type { WriteLock } from './db/lock';
import { AppError, appError } from './errors';
import { DISK_FULL_ADVICE, isDiskFull } from './fsx/writeErrors';
import { createContext, type ServiceContext } from './services/context';
import { senderFromSettings } from './mail/smtp';
import { startOutboxWorker, type OutboxWorker } from './mail/worker';
import { getSettings } from './services/settings';
import { moveSmtpPasswordOutOfDatabase } from './services/smtpPassword';
import { flushSearch } from './services/search';
import { recoverSearchIndex } from './services/searchRecovery';
import type { SecretStore } from './secrets/store';

export interface AppOptions {
  dbFile: string;
  backupDir?: string;
  mode: 'electron' | 'browser';
  version: string;
  now?: () => Date;
  nativeBinding?: string;
  /** Make the once-a-day backup on start (off in tests and one-shot CLI commands). */
  dailyBackup?: boolean;
  /** Send queued mail whenever SMTP settings exist and the server answers (the desktop app and browser mode). */
  sendMail?: boolean;
  /**
   * Where the SMTP password is kept (never in the database): the OS-key-sealed file in the desktop
   * app, the user's secrets file in browser mode and the CLI, a temporary one in tests.
   */
  secrets: SecretStore;
  /**
   * 'write' (the default) holds the file's write lock; 'read' opens it read-only, beside a running writer
   * (the CLI's stats, search, backup, briefing and notice).
   */
  access?: 'write' | 'read';
  /** Create the file when it does not exist. Off by default: nothing creates a data file by accident. */
  create?: boolean;
  /**
   * When the file cannot be written (a read-only file, folder or medium), open it read-only and say why
   * (`readOnly`) instead of refusing. The desktop app and browser mode do; write commands refuse.
   */
  readOnlyFallback?: boolean;
  /** How a second writer, refused, sees this one (default 'TienDo'). */
  program?: string;
  /** How backups copy the database (tests simulate a full disk with it). */
  copyDatabase?: CopyDatabase;
}

const READ_ONLY_INTRO = 'Dữ liệu đang mở ở chế độ chỉ đọc:';

/**
 * The running backend: one open database and its service context. Restoring a backup swaps the
 * database underneath, so handlers always read `host.ctx` rather than keeping their own copy. A writing
 * host holds the file's write lock from open to close, across a restore too.
 */
export class AppHost {
  private outbox: OutboxWorker | null = null;
  /** Why the data is read-only (shown as a banner), or null when changes are saved. */
  readonly readOnly: string | null;
  /** What the person should know since the start (a backup that could not be made), shown as a banner. */
  readonly warnings: string[] = [];

  private constructor(
    private db: Db,
    public ctx: ServiceContext,
    public readonly options: AppOptions & { backupDir: string },
    private lock: WriteLock | null,
    readOnly: string | null,
  ) {
    this.readOnly = readOnly;
  }

  static async open(options: AppOptions): Promise<AppHost> {
    const dbFile = path.resolve(options.dbFile);
    const backupDir = options.backupDir ?? defaultBackupDir(dbFile);
    const now = options.now ?? (() => new Date());
    const nativeBinding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
    let db: Db;
    let lock: WriteLock | null = null;
    let readOnly: string | null = null;
    const why = options.access === 'read' ? null : readOnlyCause(dbFile);
    if (options.access === 'read') {
      db = await openReadOnlyDatabase({ file: dbFile, backupDir, ...nativeBinding });
    } else if (why) {
      if (!options.readOnlyFallback) throw readOnlyRefusal(dbFile, why);
      db = await openReadOnlyDatabase({ file: dbFile, backupDir, ...nativeBinding });
      readOnly = `${READ_ONLY_INTRO} ${why.cause}. Mọi thay đổi sẽ không được lưu. ${why.fix}`;
    } else {
      try {
        ({ db, lock } = await openForWriting({
          file: dbFile,
          backupDir,
          now,
          create: options.create ?? false,
          program: options.program ?? 'TienDo',
          ...nativeBinding,
        }));
      } catch (error) {
        // Windows answers "writable" for a folder whose permissions forbid writing: the lock file that
        // cannot be created is then the first sign of a read-only folder.
        const lockRefused = error instanceof AppError && error.code === 'KHONG_TAO_DUOC_KHOA';
        if (!lockRefused || !options.readOnlyFallback || !existsSync(dbFile)) throw error;
        db = await openReadOnlyDatabase({ file: dbFile, backupDir, ...nativeBinding });
        readOnly = `${READ_ONLY_INTRO} TienDo không tạo được tệp khóa trong thư mục "${path.dirname(dbFile)}" (thư mục không cho phép ghi). Mọi thay đổi sẽ không được lưu. Để sửa dữ liệu, hãy cấp quyền ghi cho thư mục này, hoặc chép tệp sang một thư mục của bạn rồi mở bản chép.`;
      }
    }
    const host = new AppHost(
      db,
      createContext(db, { now: options.now, secrets: options.secrets }),
      { ...options, dbFile, backupDir },
      lock,
      readOnly,
    );
    // Before the daily backup, so that no new backup holds a password an older version stored.
    if (lock) moveSmtpPasswordOutOfDatabase(host.ctx);
    if (lock) host.recoverSearch();
    if (options.dailyBackup && lock) await host.dailyBackup();
    if (options.sendMail && lock) {
      // Reads host.ctx on every run, so it follows a restored database.
      host.outbox = startOutboxWorker(
        () => host.ctx,
        () => senderFromSettings(host.ctx),
      );
    }
    return host;
  }

  /** The once-a-day backup. A failure (a full disk) does not keep the app from opening: it warns. */
  private async dailyBackup(): Promise<void> {
    const dir = this.options.backupDir;
    try {
      await dailyBackupIfDue(
        this.db,
        dir,
        getSettings(this.ctx).backupKeep,
        this.ctx.now(),
        this.options.copyDatabase,
      );
    } catch (error) {
      this.warnings.push(
        isDiskFull(error)
          ? `Ổ đĩa đầy: chưa sao lưu được dữ liệu hôm nay vào "${dir}". ${DISK_FULL_ADVICE} TienDo vẫn mở dữ liệu, nhưng khi ổ đĩa đầy các thay đổi mới có thể không lưu được.`
          : `Chưa sao lưu được dữ liệu hôm nay. ${error instanceof Error ? error.message : String(error)} Các bản sao lưu cũ vẫn còn nguyên; TienDo sẽ thử lại ở lần mở sau.`,
      );
    }
  }

  /** A search index left behind by a process that died before its flush is rebuilt (search.ts). */
  private recoverSearch(): void {
    const rebuilt = recoverSearchIndex(this.ctx);
    if (rebuilt !== null) console.warn(`TienDo: search index rebuilt at open (${rebuilt} records).`);
  }

  /**
   * Writes the search rows of what the last calls changed (search.ts flushSearch). The router runs it
   * after each call that wrote, once the answer is out; a failure leaves the marks for the next flush or
   * the next open, and never fails the write that was already committed.
   */
  flushSearch(): void {
    if (!this.lock || !this.db.open) return;
    try {
      flushSearch(this.ctx);
    } catch (error) {
      console.error('TienDo: search index not written yet:', error);
    }
  }

  /** Tries queued mail now (after queueing, or when the user asks) instead of at the next tick. */
  sendQueuedMail(): Promise<void> {
    return this.outbox?.kick() ?? Promise.resolve();
  }

  get dbFile(): string {
    return this.options.dbFile;
  }

  /** Replaces the database with a named backup; the current file is kept as a backup first. */
  async restore(name: string): Promise<void> {
    if (!this.lock)
      throw appError('KHOI_PHUC_CHI_DOC', { reason: this.readOnly ?? 'dữ liệu đang mở ở chế độ chỉ đọc.' });
    const backup = listBackups(this.options.backupDir).find((b) => b.name === name);
    if (!backup) throw appError('KHONG_TIM_THAY_SAO_LUU', { name });
    if (backup.damaged) throw appError('SAO_LUU_HONG', { name });
    this.flushSearch(); // the current file is kept as a backup: with its index complete
    this.db.close();
    try {
      await restoreDatabase(this.options.dbFile, backup.file, this.options.backupDir, this.ctx.now());
    } finally {
      // The lock stays held throughout: no other writer can take the file between close and reopen.
      this.db = await openDatabase({
        file: this.options.dbFile,
        backupDir: this.options.backupDir,
        now: this.options.now,
        lock: this.lock,
        create: false,
        ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
      });
      this.ctx = createContext(this.db, { now: this.options.now, secrets: this.options.secrets });
      moveSmtpPasswordOutOfDatabase(this.ctx); // a backup made by an older version may hold it
      this.recoverSearch(); // a backup taken between a write and its flush
    }
  }

  close(): void {
    this.outbox?.stop();
    this.flushSearch();
    if (this.db.open) this.db.close();
    this.lock?.release();
    this.lock = null;
  }
}
