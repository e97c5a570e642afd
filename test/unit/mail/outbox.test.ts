import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../main/errors';
import {
  enqueueMail,
  listOutbox,
  MAX_ATTEMPTS,
  processOutbox,
  retryDelayMs,
  retryNow,
  SENDING_LEASE_MS,
  type MailSender,
} from '../../../main/mail/outbox';
import { senderFromSettings } from '../../../main/mail/smtp';
import { startOutboxWorker } from '../../../main/mail/worker';
import type { ServiceContext } from '../../../main/services/context';
import { Channel } from '../../helpers/waits';
import { insertSubmission, submissionRow, TempStore } from './helpers';

const MINUTE = 60_000;
const eml = Buffer.from('X-Unsent: 1\r\nTo: tiepnhan@trungtam.gov.vn\r\nSubject: test\r\n\r\nNội dung\r\n');
const refuse: MailSender = () =>
  Promise.reject(
    new AppError('SMTP_KHONG_KET_NOI', 'Không kết nối được máy chủ thư. Chi tiết: ECONNREFUSED'),
  );

let store: TempStore;
let ctx: ServiceContext;

beforeEach(async () => {
  store = new TempStore();
  ctx = await store.open();
});
afterEach(() => store.dispose());

function queue(submissionId: string | null = null) {
  return enqueueMail(ctx, {
    submissionId,
    to: 'tiepnhan@trungtam.gov.vn',
    subject: 'Báo cáo Quý IV/2025',
    eml,
  });
}

describe('retryDelayMs', () => {
  it('doubles from one minute and stops at one hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 19].map((n) => retryDelayMs(n) / MINUTE)).toEqual([
      1, 2, 4, 8, 16, 32, 60, 60, 60,
    ]);
  });
});

describe('enqueueMail', () => {
  it('queues the mail due now, moves the submission to cho_gui/smtp and writes the audit, together', () => {
    const submissionId = insertSubmission(ctx, 'ab'.repeat(32));
    const item = queue(submissionId);
    expect(item).toMatchObject({
      state: 'queued',
      attempts: 0,
      nextAttemptAt: ctx.now().toISOString(),
      lastError: null,
      sentAt: null,
      submissionId,
    });
    expect(submissionRow(ctx, submissionId)).toMatchObject({ state: 'cho_gui', channel: 'smtp' });
    const audit = ctx.db.prepare('SELECT entity, action FROM audit ORDER BY seq').all();
    expect(audit).toEqual([
      { entity: 'submission', action: 'update' },
      { entity: 'outbox', action: 'create' },
    ]);
    expect(listOutbox(ctx).map((i) => i.id)).toEqual([item.id]);
  });

  it('writes nothing when the submission does not exist', () => {
    expect(() => queue('khong-co')).toThrow(/Không tìm thấy/);
    expect(listOutbox(ctx)).toEqual([]);
  });
});

describe('processOutbox', () => {
  it('retries on the backoff schedule and gives up after MAX_ATTEMPTS', async () => {
    const submissionId = insertSubmission(ctx, 'cd'.repeat(32));
    const { id } = queue(submissionId);
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      const before = ctx.now().getTime();
      expect(await processOutbox(ctx, refuse)).toEqual({ sent: 0, failed: 0, deferred: 1 });
      const [item] = listOutbox(ctx);
      expect(item).toMatchObject({ id, state: 'queued', attempts: attempt });
      expect(item?.lastError).toMatch(/^Không kết nối được máy chủ thư/);
      expect(Date.parse(item!.nextAttemptAt) - before).toBe(retryDelayMs(attempt));
      // Not due yet: nothing happens a second before the next attempt.
      store.clock.advance(retryDelayMs(attempt) - 1000);
      expect(await processOutbox(ctx, refuse)).toEqual({ sent: 0, failed: 0, deferred: 0 });
      store.clock.advance(1000);
    }
    expect(await processOutbox(ctx, refuse)).toEqual({ sent: 0, failed: 1, deferred: 0 });
    expect(listOutbox(ctx)[0]).toMatchObject({ state: 'failed', attempts: MAX_ATTEMPTS });
    expect(listOutbox(ctx)[0]?.lastError).toMatch(
      /^Đã gửi thử 20 lần không thành công.*Lần cuối: Không kết nối được/,
    );
    expect(submissionRow(ctx, submissionId).state).toBe('loi');
    store.clock.advance(24 * 60 * MINUTE);
    expect(await processOutbox(ctx, refuse)).toEqual({ sent: 0, failed: 0, deferred: 0 });

    // retryNow gives a failed mail a fresh start and puts the submission back to waiting.
    expect(retryNow(ctx, id)).toMatchObject({
      state: 'queued',
      attempts: 0,
      nextAttemptAt: ctx.now().toISOString(),
    });
    expect(submissionRow(ctx, submissionId).state).toBe('cho_gui');
    expect(await processOutbox(ctx, () => Promise.resolve())).toEqual({ sent: 1, failed: 0, deferred: 0 });
    expect(submissionRow(ctx, submissionId)).toMatchObject({
      state: 'da_gui',
      sent_at: ctx.now().toISOString(),
    });
  });

  it('retryNow makes a waiting mail due at once', async () => {
    const { id } = queue();
    await processOutbox(ctx, refuse);
    expect(await processOutbox(ctx, refuse)).toEqual({ sent: 0, failed: 0, deferred: 0 });
    expect(retryNow(ctx, id)).toMatchObject({ attempts: 1, nextAttemptAt: ctx.now().toISOString() });
    expect(await processOutbox(ctx, refuse)).toEqual({ sent: 0, failed: 0, deferred: 1 });
  });

  it('recovers a mail left in sending by a crash once its lease runs out, and sends it once', async () => {
    const submissionId = insertSubmission(ctx, 'ef'.repeat(32));
    queue(submissionId);
    // The app "crashes" in the middle of a send: the send never completes and the database is closed.
    let started = 0;
    let sendStarted!: () => void;
    const inSend = new Promise<void>((resolve) => (sendStarted = resolve));
    void processOutbox(ctx, () => {
      started += 1;
      sendStarted();
      return new Promise<void>(() => {});
    });
    await inSend;
    expect(started).toBe(1);
    store.close();

    ctx = await store.open();
    expect(listOutbox(ctx)[0]?.state).toBe('sending');
    const sent: string[] = [];
    const record: MailSender = (item) => {
      sent.push(item.id);
      return Promise.resolve();
    };
    // Within the lease another process may still be sending it: leave it alone.
    expect(await processOutbox(ctx, record)).toEqual({ sent: 0, failed: 0, deferred: 0 });
    store.clock.advance(SENDING_LEASE_MS);
    expect(await processOutbox(ctx, record)).toEqual({ sent: 1, failed: 0, deferred: 0 });
    expect(sent).toHaveLength(1);
    expect(listOutbox(ctx)[0]).toMatchObject({ state: 'sent', sentAt: ctx.now().toISOString() });
    expect(submissionRow(ctx, submissionId).state).toBe('da_gui');
  });

  it('turns a non-AppError into a Vietnamese message that keeps the original text', async () => {
    queue();
    await processOutbox(ctx, () => Promise.reject(new Error('421 Service not available')));
    expect(listOutbox(ctx)[0]?.lastError).toBe(
      'Gửi thư không thành công. Chi tiết: 421 Service not available',
    );
  });
});

describe('startOutboxWorker', () => {
  it('never runs twice at once and does nothing without a sender', async () => {
    queue();
    queue();
    let active = 0;
    let maxActive = 0;
    let calls = 0;
    // Each send is held until the test lets it finish, so later kicks arrive while one is under way.
    const held = new Channel<() => void>();
    const slow: MailSender = async () => {
      calls += 1;
      active += 1;
      maxActive = Math.max(maxActive, active);
      await new Promise<void>((finish) => held.push(finish));
      active -= 1;
    };
    let sender: MailSender | null = null;
    const worker = startOutboxWorker(
      () => ctx,
      () => sender,
      60_000,
    );
    try {
      await worker.kick();
      expect(calls).toBe(0);
      sender = slow;
      const kicks = Promise.all([worker.kick(), worker.kick(), worker.kick()]);
      (await held.next())(); // the first mail: the two other kicks came while it was being sent
      (await held.next())(); // the second mail, in the same run or the one the kicks asked for
      await kicks;
      expect(calls).toBe(2);
      expect(maxActive).toBe(1);
      expect(listOutbox(ctx).every((i) => i.state === 'sent')).toBe(true);
      // Mail queued while a run is under way is picked up by the run a second kick asks for.
      queue();
      const running = worker.kick();
      const finishThird = await held.next(); // the run is sending the third mail
      queue();
      const joined = worker.kick(); // asks for one more run after this one
      finishThird();
      (await held.next())(); // the fourth mail, sent at once rather than at the next tick
      await Promise.all([running, joined]);
      expect(calls).toBe(4);
      expect(maxActive).toBe(1);
      expect(listOutbox(ctx).every((i) => i.state === 'sent')).toBe(true);
    } finally {
      worker.stop();
    }
  });
});

describe('senderFromSettings', () => {
  it('gives a sender only when SMTP settings exist', () => {
    expect(senderFromSettings(ctx)).toBeNull();
    const smtp = {
      host: 'mail.lamdong.gov.vn',
      port: 587,
      secure: false,
      user: 'vp',
      from: 'vp@lamdong.gov.vn',
    };
    ctx.db
      .prepare('INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?)')
      .run('smtp', JSON.stringify(smtp), ctx.now().toISOString());
    expect(typeof senderFromSettings(ctx)).toBe('function');
  });
});
