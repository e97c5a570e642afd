import path from 'node:path';
import { openDatabase, defaultBackupDir, type Db } from './db/open';
import { dailyBackupIfDue, listBackups, restoreDatabase } from './db/backup';
import { AppError } from './errors';
import { createContext, type ServiceContext } from './services/context';
import { senderFromSettings } from './mail/smtp';
import { startOutboxWorker, type OutboxWorker } from './mail/worker';
import { getSettings } from './services/settings';
import { moveSmtpPasswordOutOfDatabase } from './services/smtpPassword';
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
}

/**
 * The running backend: one open database and its service context. Restoring a backup swaps the
 * database underneath, so handlers always read `host.ctx` rather than keeping their own copy.
 */
export class AppHost {
  private outbox: OutboxWorker | null = null;

  private constructor(
    private db: Db,
    public ctx: ServiceContext,
    public readonly options: AppOptions & { backupDir: string },
  ) {}

  static async open(options: AppOptions): Promise<AppHost> {
    const dbFile = path.resolve(options.dbFile);
    const backupDir = options.backupDir ?? defaultBackupDir(dbFile);
    const db = await openDatabase({
      file: dbFile,
      backupDir,
      now: options.now,
      nativeBinding: options.nativeBinding,
    });
    const ctx = createContext(db, { now: options.now, secrets: options.secrets });
    const host = new AppHost(db, ctx, { ...options, dbFile, backupDir });
    // Before the daily backup, so that no new backup holds a password an older version stored.
    moveSmtpPasswordOutOfDatabase(ctx);
    if (options.dailyBackup) {
      await dailyBackupIfDue(db, backupDir, getSettings(host.ctx).backupKeep, host.ctx.now());
    }
    if (options.sendMail) {
      // Reads host.ctx on every run, so it follows a restored database.
      host.outbox = startOutboxWorker(
        () => host.ctx,
        () => senderFromSettings(host.ctx),
      );
    }
    return host;
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
    const backup = listBackups(this.options.backupDir).find((b) => b.name === name);
    if (!backup) throw new AppError('KHONG_TIM_THAY', `Không tìm thấy bản sao lưu "${name}".`);
    this.db.close();
    try {
      await restoreDatabase(this.options.dbFile, backup.file, this.options.backupDir, this.ctx.now());
    } finally {
      this.db = await openDatabase({
        file: this.options.dbFile,
        backupDir: this.options.backupDir,
        now: this.options.now,
        nativeBinding: this.options.nativeBinding,
      });
      this.ctx = createContext(this.db, { now: this.options.now, secrets: this.options.secrets });
      moveSmtpPasswordOutOfDatabase(this.ctx); // a backup made by an older version may hold it
    }
  }

  close(): void {
    this.outbox?.stop();
    if (this.db.open) this.db.close();
  }
}
