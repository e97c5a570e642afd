// Browser mode under hostile or broken requests (issue 9 items 5 and 6): a malformed percent-encoding, a
// static path that leaves the renderer folder by a sibling's name, an oversized body and a body that is
// not UTF-8 each get their 4xx answer, and the server keeps serving afterwards.
import http from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../main/web';
import { openTestStore, tempDir, type TestStore } from '../../helpers/store';

let store: TestStore;
let server: WebServer;
let root: string;
beforeEach(async () => {
  store = await openTestStore();
  root = tempDir('tiendo-static-');
  const staticDir = path.join(root, 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>TienDo</title>');
  // A sibling whose name starts with the renderer folder's name: startsWith(root) alone lets it through.
  mkdirSync(path.join(root, 'renderer-evil'));
  writeFileSync(path.join(root, 'renderer-evil', 'secret.txt'), 'SECRET-OUTSIDE-THE-RENDERER');
  server = await startWebServer({ host: store.host, staticDir, token: 'secret-token' });
});
afterEach(async () => {
  await server.close();
  store.close();
});

interface Reply {
  status: number;
  body: string;
}

function request(opts: { path: string; method?: string; headers?: Record<string, string>; body?: Buffer }) {
  return new Promise<Reply>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: opts.path,
        method: opts.method ?? 'GET',
        headers: opts.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const api = (method: string, body: Buffer) =>
  request({
    path: `/api/${method}`,
    method: 'POST',
    headers: {
      host: `127.0.0.1:${server.port}`,
      'x-tiendo-token': 'secret-token',
      'content-type': 'application/json',
    },
    body,
  });

async function stillServes(): Promise<void> {
  const r = await api('app.info', Buffer.from('{}'));
  expect(r.status).toBe(200);
  expect(JSON.parse(r.body)).toMatchObject({ ok: true });
}

describe('browser mode: malformed URLs', () => {
  it.each([
    ['GET', '/%ff', {}],
    ['GET', '/assets/x%', {}],
    ['POST', '/api/%ff', { 'x-tiendo-token': 'secret-token' }],
    ['POST', '/api/app.info%', { 'x-tiendo-token': 'secret-token' }],
  ])('%s %s is a 400 with a Vietnamese message, and the server goes on', async (method, p, headers) => {
    const r = await request({ path: p, method, headers: { host: `127.0.0.1:${server.port}`, ...headers } });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'DUONG_DAN_SAI' } });
    expect(JSON.parse(r.body).error.message).toMatch(/Địa chỉ yêu cầu không hợp lệ/);
    await stillServes();
  });

  it('asks for the token before reading the method name: /api/%ff without it is a 401', async () => {
    const r = await request({
      path: '/api/%ff',
      method: 'POST',
      headers: { host: `127.0.0.1:${server.port}` },
    });
    expect(r.status).toBe(401);
    await stillServes();
  });

  it('never serves a file from a sibling folder whose name starts with the renderer folder', async () => {
    // The URL parser folds '..' and '%2e%2e' away (those fall back to index.html, the client routes); an
    // encoded slash survives it and only the separator-aware check stops it.
    for (const p of [
      '/../renderer-evil/secret.txt',
      '/%2e%2e/renderer-evil/secret.txt',
      '/..%2frenderer-evil%2fsecret.txt',
    ]) {
      const r = await request({ path: p, headers: { host: `127.0.0.1:${server.port}` } });
      expect(r.body, p).not.toContain('SECRET-OUTSIDE-THE-RENDERER');
    }
    const escaped = await request({
      path: '/..%2frenderer-evil%2fsecret.txt',
      headers: { host: `127.0.0.1:${server.port}` },
    });
    expect(escaped.status).toBe(404);
    await stillServes();
  });
});

describe('browser mode: request bodies', () => {
  it('answers an oversized body with the 413 JSON (the connection is not reset before it arrives)', async () => {
    const r = await api('app.info', Buffer.alloc(9 * 1024 * 1024, 0x20));
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toEqual({
      ok: false,
      error: { code: 'QUA_LON', message: expect.stringMatching(/quá lớn \(tối đa 8 MB\)/) as unknown },
    });
    await stillServes();
  });

  it('refuses a body that is not valid UTF-8 instead of storing U+FFFD', async () => {
    // {"provinceName":"T<0xff>nh"}: the lone 0xff byte is not UTF-8.
    const body = Buffer.concat([Buffer.from('{"provinceName":"T'), Buffer.from([0xff]), Buffer.from('nh"}')]);
    const r = await api('settings.update', body);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'KHONG_PHAI_UTF8' } });
    expect(JSON.parse(r.body).error.message).toMatch(/UTF-8/);
    const settings = await api('settings.get', Buffer.from('{}'));
    expect(JSON.parse(settings.body).value.provinceName).not.toContain('\uFFFD');
  });
});
