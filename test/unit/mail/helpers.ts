import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../../main/db/open';
import { createContext, type ServiceContext } from '../../../main/services/context';

export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** A clock the test moves by hand; every context opened on the same store shares it. */
export class TestClock {
  constructor(private t: Date) {}
  now = (): Date => new Date(this.t.getTime());
  advance(ms: number): void {
    this.t = new Date(this.t.getTime() + ms);
  }
  set(at: string): void {
    this.t = new Date(at);
  }
}

/** A real database file in a temporary folder, which a test can close and reopen like an app restart. */
export class TempStore {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'tiendo-mail-'));
  readonly file = path.join(this.dir, 'tiendo.sqlite');
  readonly clock = new TestClock(new Date('2026-01-05T02:00:00.000Z'));
  db: Db | null = null;

  async open(): Promise<ServiceContext> {
    this.db = await openDatabase({ file: this.file, now: this.clock.now });
    return createContext(this.db, { now: this.clock.now, actor: () => 'Kiểm thử' });
  }

  close(): void {
    this.db?.close();
    this.db = null;
  }

  dispose(): void {
    this.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export function insertSubmission(ctx: ServiceContext, sha: string): string {
  const id = ctx.newId();
  ctx.db
    .prepare(
      `INSERT INTO submission (id, kind, period, doc_number, file_name, sha256, signer, created_at, state)
       VALUES (?, 'bao_cao_dinh_ky', '2025-Q4', '05/BC-BCĐ', 'bao-cao.xlsx', ?, 'Nguyễn Văn A', ?, 'da_ky')`,
    )
    .run(id, sha, ctx.now().toISOString());
  return id;
}

export function submissionRow(
  ctx: ServiceContext,
  id: string,
): { state: string; channel: string; sent_at: string | null } {
  return ctx.db.prepare('SELECT state, channel, sent_at FROM submission WHERE id = ?').get(id) as {
    state: string;
    channel: string;
    sent_at: string | null;
  };
}
