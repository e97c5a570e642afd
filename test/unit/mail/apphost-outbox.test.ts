// The running app sends queued mail by itself: on start (mail left queued by an earlier session) and at
// once when something is queued, against a real SMTP server on 127.0.0.1.
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { AppHost } from '../../../main/app';
import { memorySecretStore } from '../../../main/secrets/store';
import { buildEmlDraft } from '../../../main/mail/eml';
import { enqueueMail, listOutbox } from '../../../main/mail/outbox';
import { updateSettings } from '../../../main/services/settings';
import { tempDir } from '../../helpers/store';

const hosts: AppHost[] = [];
let server: SMTPServer | null = null;
afterEach(async () => {
  hosts.splice(0).forEach((h) => h.close());
  if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
  server = null;
});

async function smtp(): Promise<{ port: number; received: string[] }> {
  const received: string[] = [];
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString()));
      stream.on('end', () => {
        received.push(raw);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  return { port: typeof address === 'object' && address ? address.port : 0, received };
}

async function open(dbFile: string, sendMail: boolean): Promise<AppHost> {
  const host = await AppHost.open({
    dbFile,
    mode: 'browser',
    version: 'test',
    sendMail,
    secrets: memorySecretStore(),
    create: true,
  });
  hosts.push(host);
  return host;
}

const draft = (subject: string) =>
  buildEmlDraft({
    from: null,
    to: ['baocao@trunguong.gov.vn'],
    subject,
    text: 'Kính gửi',
    attachments: [],
    date: new Date(),
  });

describe('the app outbox worker', () => {
  it('sends mail queued in an earlier session when the app starts, and new mail at once', async () => {
    const { port, received } = await smtp();
    const dbFile = path.join(tempDir(), 'tiendo.db');
    const first = await open(dbFile, false);
    updateSettings(first.ctx, {
      smtp: { host: '127.0.0.1', port, secure: false, user: '', from: 'bcd@lamdong.gov.vn' },
    });
    enqueueMail(first.ctx, {
      submissionId: null,
      to: 'baocao@trunguong.gov.vn',
      subject: 'Báo cáo Quý IV',
      eml: await draft('Báo cáo Quý IV'),
    });
    first.close();
    expect(received).toHaveLength(0);

    const second = await open(dbFile, true);
    await second.sendQueuedMail(); // waits for the run the worker started on open
    expect(received).toHaveLength(1);
    expect(listOutbox(second.ctx).map((m) => m.state)).toEqual(['sent']);

    enqueueMail(second.ctx, {
      submissionId: null,
      to: 'baocao@trunguong.gov.vn',
      subject: 'Báo cáo năm',
      eml: await draft('Báo cáo năm'),
    });
    await second.sendQueuedMail();
    expect(received).toHaveLength(2);
    expect(received[1]).not.toMatch(/X-Unsent/i);
  });
});
