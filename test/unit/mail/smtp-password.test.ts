// The SMTP password lives outside the database (issue 9 item 16): saving it writes nothing of it to the
// database file, its WAL, a backup or the audit log, and mail still goes out with it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { AppHost } from '../../../main/app';
import { backupDatabase } from '../../../main/db/backup';
import { openDatabase } from '../../../main/db/open';
import { buildEmlDraft } from '../../../main/mail/eml';
import { enqueueMail, listOutbox, processOutbox } from '../../../main/mail/outbox';
import { senderFromSettings } from '../../../main/mail/smtp';
import { fileSecretStore } from '../../../main/secrets/store';
import { getSettings, getSmtpSecret, updateSettings } from '../../../main/services/settings';
import { openTestStore, tempDir, type TestStore } from '../../helpers/store';

const PASSWORD = 'Mật-khẩu-SMTP-7f3a9c';

/** Every byte SQLite keeps for the file right now: the main file and its write-ahead log. */
function fileBytes(dbFile: string): Buffer {
  const parts = [readFileSync(dbFile)];
  if (existsSync(`${dbFile}-wal`)) parts.push(readFileSync(`${dbFile}-wal`));
  return Buffer.concat(parts);
}

const contains = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'utf8'));

let store: TestStore | null = null;
let hosts: AppHost[] = [];
let server: SMTPServer | null = null;
afterEach(async () => {
  store?.close();
  store = null;
  hosts.forEach((h) => h.close());
  hosts = [];
  if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
  server = null;
});

async function sendOne(ctx: TestStore['ctx']): Promise<void> {
  enqueueMail(ctx, {
    submissionId: null,
    to: 'baocao@trunguong.gov.vn',
    subject: 'Báo cáo',
    eml: await buildEmlDraft({
      from: null,
      to: ['baocao@trunguong.gov.vn'],
      subject: 'Báo cáo',
      text: 'Kính gửi',
      attachments: [],
      date: ctx.now(),
    }),
  });
  const send = senderFromSettings(ctx);
  expect(send).not.toBeNull();
  expect(await processOutbox(ctx, send!)).toMatchObject({ sent: 1, failed: 0, deferred: 0 });
}

/** A real SMTP server on 127.0.0.1 that accepts only this account and password. */
async function smtpServer(): Promise<{ port: number; users: string[] }> {
  const users: string[] = [];
  server = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'vanphong' && auth.password === PASSWORD) callback(null, { user: 'vanphong' });
      else callback(new Error('535 Sai mật khẩu'));
    },
    onData(stream, session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        users.push(String(session.user));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  return { port: typeof address === 'object' && address ? address.port : 0, users };
}

describe('the SMTP password', () => {
  it('is in neither the database file nor a backup nor the audit log, and mail still goes out with it', async () => {
    store = await openTestStore();
    const { port, users } = await smtpServer();
    updateSettings(store.ctx, {
      smtp: {
        host: '127.0.0.1',
        port,
        secure: false,
        user: 'vanphong',
        from: 'bcd@lamdong.gov.vn',
        password: PASSWORD,
      },
    });
    expect(getSettings(store.ctx).smtp?.hasPassword).toBe(true);

    expect(contains(fileBytes(store.dbFile), PASSWORD)).toBe(false);
    const backup = await backupDatabase(
      store.ctx.db,
      path.join(store.dir, 'backups'),
      'thu',
      store.ctx.now(),
    );
    expect(contains(readFileSync(backup.file), PASSWORD)).toBe(false);
    const audit = store.ctx.db.prepare("SELECT before, after FROM audit WHERE entity = 'setting'").all();
    expect(JSON.stringify(audit)).not.toContain(PASSWORD);

    await sendOne(store.ctx);
    expect(users).toEqual(['vanphong']);
    expect(listOutbox(store.ctx).map((m) => m.state)).toEqual(['sent']);

    // It is in the secrets file instead, which only this user may read.
    expect(readFileSync(store.secretsFile, 'utf8')).toContain(PASSWORD);
    if (process.platform !== 'win32') expect(statSync(store.secretsFile).mode & 0o777).toBe(0o600);
  });

  it('is kept when the form leaves it empty, replaced by a new one, and forgotten with the settings', async () => {
    store = await openTestStore();
    const smtp = {
      host: 'mail.lamdong.gov.vn',
      port: 587,
      secure: false,
      user: 'vanphong',
      from: 'bcd@lamdong.gov.vn',
    };
    updateSettings(store.ctx, { smtp: { ...smtp, password: PASSWORD } });
    updateSettings(store.ctx, { smtp: { ...smtp, port: 465, secure: true, password: '' } });
    expect(getSmtpSecret(store.ctx)).toEqual({ ...smtp, port: 465, secure: true, password: PASSWORD });

    updateSettings(store.ctx, { smtp: { ...smtp, password: 'mật khẩu mới' } });
    expect(getSmtpSecret(store.ctx)?.password).toBe('mật khẩu mới');
    const secrets = readFileSync(store.secretsFile, 'utf8');
    expect(secrets).not.toContain(PASSWORD); // the replaced one is not kept
    expect(Object.keys(JSON.parse(secrets).secrets)).toHaveLength(1);

    updateSettings(store.ctx, { smtp: null });
    expect(getSettings(store.ctx).smtp).toBeNull();
    expect(JSON.parse(readFileSync(store.secretsFile, 'utf8')).secrets).toEqual({});
  });

  it('is not written when the save fails', async () => {
    store = await openTestStore();
    const ctx = store.ctx;
    ctx.db.exec(
      "CREATE TRIGGER no_settings BEFORE INSERT ON setting BEGIN SELECT RAISE(ABORT, 'read-only'); END",
    );
    expect(() =>
      updateSettings(ctx, {
        smtp: {
          host: 'mail.lamdong.gov.vn',
          port: 587,
          secure: false,
          user: 'vp',
          from: 'bcd@lamdong.gov.vn',
          password: PASSWORD,
        },
      }),
    ).toThrow();
    expect(existsSync(store.secretsFile) ? readFileSync(store.secretsFile, 'utf8') : '').not.toContain(
      PASSWORD,
    );
  });
});

describe('a password an older TienDo stored in the database', () => {
  async function oldFile(dir: string, port: number): Promise<string> {
    const dbFile = path.join(dir, 'tiendo.db');
    const db = await openDatabase({ file: dbFile });
    const smtp = {
      host: '127.0.0.1',
      port,
      secure: false,
      user: 'vanphong',
      from: 'bcd@lamdong.gov.vn',
      password: PASSWORD,
    };
    db.prepare(
      "INSERT INTO setting (key, value, updated_at) VALUES ('smtp', ?, '2025-01-01T00:00:00.000Z')",
    ).run(JSON.stringify(smtp));
    db.close();
    return dbFile;
  }

  it('moves out of the database into the secrets file on open; older backups keep theirs', async () => {
    const dir = tempDir();
    const { port, users } = await smtpServer();
    const dbFile = await oldFile(dir, port);
    const secretsFile = path.join(dir, 'secrets.json');
    const older = await openDatabase({ file: dbFile });
    const oldBackup = await backupDatabase(
      older,
      path.join(dir, 'backups'),
      'cu',
      new Date('2025-01-02T00:00:00Z'),
    );
    older.close();
    expect(contains(fileBytes(dbFile), PASSWORD)).toBe(true);

    const host = await AppHost.open({
      dbFile,
      mode: 'browser',
      version: 'test',
      secrets: fileSecretStore(secretsFile),
    });
    hosts.push(host);
    expect(contains(fileBytes(dbFile), PASSWORD)).toBe(false);
    const row = host.ctx.db.prepare("SELECT value FROM setting WHERE key = 'smtp'").get() as {
      value: string;
    };
    expect(JSON.parse(row.value)).toEqual({
      host: '127.0.0.1',
      port,
      secure: false,
      user: 'vanphong',
      from: 'bcd@lamdong.gov.vn',
      passwordRef: expect.any(String),
    });
    expect(readFileSync(secretsFile, 'utf8')).toContain(PASSWORD);
    expect(getSettings(host.ctx).smtp?.hasPassword).toBe(true);
    const audit = host.ctx.db.prepare("SELECT before, after FROM audit WHERE entity = 'setting'").all();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(PASSWORD);
    await sendOne(host.ctx);
    expect(users).toEqual(['vanphong']);

    // A backup made before keeps the password (README says so); restoring it moves it out again.
    expect(contains(readFileSync(oldBackup.file), PASSWORD)).toBe(true);
    await host.restore(oldBackup.name);
    expect(contains(fileBytes(dbFile), PASSWORD)).toBe(false);
    expect(getSmtpSecret(host.ctx)?.password).toBe(PASSWORD);
  });
});
