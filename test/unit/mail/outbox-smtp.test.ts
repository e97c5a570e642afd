import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { buildEmlDraft } from '../../../main/mail/eml';
import { enqueueMail, listOutbox, processOutbox, retryDelayMs } from '../../../main/mail/outbox';
import { smtpSender } from '../../../main/mail/smtp';
import { insertSubmission, sha256, submissionRow, TempStore } from './helpers';

interface Received {
  raw: Buffer;
  mailFrom: string | false;
  rcptTo: string[];
  user: string | undefined;
}

/** A port nothing listens on right now: the "server is down" case, and later where the server starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** A real SMTP server on 127.0.0.1 that keeps every message it accepts. */
async function startSmtp(port: number): Promise<{ server: SMTPServer; received: Received[] }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true, // plain TCP on loopback; no certificate to manage in a test
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'vanphong' && auth.password === 'mat-khau')
        callback(null, { user: auth.username });
      else callback(new Error('535 Sai mật khẩu'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          raw: Buffer.concat(chunks),
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : false,
          rcptTo: session.envelope.rcptTo.map((r: SMTPServerAddress) => r.address),
          user: session.user as string | undefined,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { server, received };
}

let store: TempStore | null = null;
let smtp: SMTPServer | null = null;

afterEach(async () => {
  store?.dispose();
  store = null;
  if (smtp) await new Promise<void>((resolve) => smtp!.close(() => resolve()));
  smtp = null;
});

describe('outbox over SMTP', () => {
  it('keeps mail through a down server and an app restart, then delivers it exactly once', async () => {
    store = new TempStore();
    let ctx = await store.open();
    const port = await freePort();
    const config = {
      host: '127.0.0.1',
      port,
      secure: false,
      user: 'vanphong',
      password: 'mat-khau',
      from: 'Sở Khoa học và Công nghệ Lâm Đồng <skhcn@lamdong.gov.vn>',
    };

    const workbook = randomBytes(250_000);
    const fileName = 'Báo cáo chuyển đổi số Quý IV-2025 (Lâm Đồng).xlsx';
    const submissionId = insertSubmission(ctx, sha256(workbook));
    const eml = await buildEmlDraft({
      from: config.from,
      to: ['tiepnhan@trungtam.gov.vn'],
      subject: '[Lâm Đồng] Báo cáo kết quả chuyển đổi số Quý IV/2025 – Số 05/BC-BCĐ',
      text: 'Kính gửi: Cơ quan tiếp nhận báo cáo.',
      attachments: [{ filename: fileName, content: workbook }],
      date: ctx.now(),
    });
    const { id } = enqueueMail(ctx, {
      submissionId,
      to: 'tiepnhan@trungtam.gov.vn',
      subject: 'Báo cáo',
      eml,
    });

    // 1. Nothing listens on the port: the mail stays queued with a Vietnamese reason and a later retry.
    const failedAt = ctx.now().getTime();
    expect(await processOutbox(ctx, smtpSender(config))).toEqual({ sent: 0, failed: 0, deferred: 1 });
    const [waiting] = listOutbox(ctx);
    expect(waiting).toMatchObject({ id, state: 'queued', attempts: 1 });
    expect(waiting?.lastError).toMatch(/^Không kết nối được máy chủ thư .*Chi tiết: .*ECONNREFUSED/);
    expect(Date.parse(waiting!.nextAttemptAt)).toBe(failedAt + retryDelayMs(1));
    expect(submissionRow(ctx, submissionId).state).toBe('cho_gui');

    // 2. The app is closed and opened again: the queue is still there.
    store.close();
    ctx = await store.open();
    expect(listOutbox(ctx)).toMatchObject([{ id, state: 'queued', attempts: 1 }]);

    // 3. The server comes up, but the retry is not due yet: nothing is sent early.
    const started = await startSmtp(port);
    smtp = started.server;
    expect(await processOutbox(ctx, smtpSender(config))).toEqual({ sent: 0, failed: 0, deferred: 0 });
    expect(started.received).toHaveLength(0);

    // 4. Past the retry time the mail goes out once, unchanged but for the draft marker.
    store.clock.advance(retryDelayMs(1) + 1000);
    expect(await processOutbox(ctx, smtpSender(config))).toEqual({ sent: 1, failed: 0, deferred: 0 });
    expect(await processOutbox(ctx, smtpSender(config))).toEqual({ sent: 0, failed: 0, deferred: 0 });
    expect(started.received).toHaveLength(1);
    const [message] = started.received;
    expect(message).toMatchObject({
      mailFrom: 'skhcn@lamdong.gov.vn',
      rcptTo: ['tiepnhan@trungtam.gov.vn'],
      user: 'vanphong',
    });
    const mail = await simpleParser(message!.raw);
    expect(mail.headers.has('x-unsent')).toBe(false);
    expect(mail.from?.value[0]?.address).toBe('skhcn@lamdong.gov.vn');
    expect(mail.subject).toBe('[Lâm Đồng] Báo cáo kết quả chuyển đổi số Quý IV/2025 – Số 05/BC-BCĐ');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]?.filename).toBe(fileName);
    expect(sha256(mail.attachments[0]!.content)).toBe(sha256(workbook));

    expect(listOutbox(ctx)).toMatchObject([
      { id, state: 'sent', attempts: 2, lastError: null, sentAt: ctx.now().toISOString() },
    ]);
    expect(submissionRow(ctx, submissionId)).toMatchObject({
      state: 'da_gui',
      channel: 'smtp',
      sent_at: ctx.now().toISOString(),
    });
  });

  it('adds the configured From to a draft made without one, and explains a refused login', async () => {
    store = new TempStore();
    const ctx = await store.open();
    const port = await freePort();
    const started = await startSmtp(port);
    smtp = started.server;
    const base = { host: '127.0.0.1', port, secure: false, from: 'Văn phòng BCĐ <vanphong@lamdong.gov.vn>' };
    const eml = await buildEmlDraft({
      from: null,
      to: ['tiepnhan@trungtam.gov.vn'],
      subject: 'Thử',
      text: 'Nội dung',
      attachments: [],
      date: ctx.now(),
    });
    enqueueMail(ctx, { submissionId: null, to: 'tiepnhan@trungtam.gov.vn', subject: 'Thử', eml });

    expect(
      await processOutbox(ctx, smtpSender({ ...base, user: 'vanphong', password: 'sai' })),
    ).toMatchObject({ deferred: 1 });
    expect(listOutbox(ctx)[0]?.lastError).toMatch(/^Máy chủ thư từ chối đăng nhập.*Chi tiết: .*535/);

    store.clock.advance(retryDelayMs(1));
    expect(await processOutbox(ctx, smtpSender({ ...base, user: '' }))).toMatchObject({ sent: 1 });
    const mail = await simpleParser(started.received[0]!.raw);
    expect(mail.from?.value[0]).toEqual({ name: 'Văn phòng BCĐ', address: 'vanphong@lamdong.gov.vn' });
    expect(mail.headers.has('x-unsent')).toBe(false);
  });
});
