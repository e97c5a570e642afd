import http from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../main/web';
import { openTestStore, tempDir, type TestStore } from '../../helpers/store';

let store: TestStore;
let server: WebServer;
beforeEach(async () => {
  store = await openTestStore();
  const staticDir = tempDir();
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>TienDo</title>');
  mkdirSync(path.join(staticDir, 'assets'));
  writeFileSync(path.join(staticDir, 'assets', 'index-C4i1XALz.js'), 'export {};');
  server = await startWebServer({ host: store.host, staticDir, token: 'secret-token' });
});
afterEach(async () => {
  await server.close();
  store.close();
});

function request(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>(
    (resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: opts.path,
          method: opts.method ?? 'GET',
          headers: opts.headers,
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
        },
      );
      req.on('error', reject);
      if (opts.body) req.write(opts.body);
      req.end();
    },
  );
}

const host = () => `127.0.0.1:${server.port}`;

describe('browser mode server', () => {
  it('listens on loopback only and prints a URL carrying the token in the fragment', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=secret-token`);
  });

  it('answers API calls that carry the token', async () => {
    const r = await request({
      path: '/api/app.info',
      method: 'POST',
      headers: { host: host(), 'x-tiendo-token': 'secret-token', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { mode: 'browser', isEmpty: true } });
  });

  it('refuses requests without the token, or with a wrong one', async () => {
    const attempts: Record<string, string>[] = [
      { host: host() },
      { host: host(), 'x-tiendo-token': 'wrong-token!' },
    ];
    for (const headers of attempts) {
      const r = await request({ path: '/api/app.info', method: 'POST', headers, body: '{}' });
      expect(r.status).toBe(401);
      expect(JSON.parse(r.body).error.code).toBe('THIEU_MA_PHIEN');
    }
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    const r = await request({
      path: '/api/app.info',
      method: 'POST',
      headers: { host: 'evil.example:80', 'x-tiendo-token': 'secret-token' },
      body: '{}',
    });
    expect(r.status).toBe(403);
    const s = await request({ path: '/', headers: { host: `attacker.test:${server.port}` } });
    expect(s.status).toBe(403);
  });

  it('refuses GET on the API, bad JSON and oversized bodies', async () => {
    expect(
      (await request({ path: '/api/app.info', headers: { host: host(), 'x-tiendo-token': 'secret-token' } }))
        .status,
    ).toBe(405);
    const bad = await request({
      path: '/api/app.info',
      method: 'POST',
      headers: { host: host(), 'x-tiendo-token': 'secret-token' },
      body: '{nope',
    });
    expect(bad.status).toBe(400);
    const big = await request({
      path: '/api/app.info',
      method: 'POST',
      headers: { host: host(), 'x-tiendo-token': 'secret-token' },
      body: 'x'.repeat(9 * 1024 * 1024),
    });
    expect(big.status).toBe(413);
  });

  it('serves the renderer with a strict CSP and no path traversal', async () => {
    const r = await request({ path: '/', headers: { host: `localhost:${server.port}` } });
    expect(r.status).toBe(200);
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    const t = await request({ path: '/../../etc/passwd', headers: { host: host() } });
    expect(t.body).not.toContain('root:');
  });

  it('lets the browser keep the content-named assets, never index.html', async () => {
    const page = await request({ path: '/', headers: { host: host() } });
    expect(page.headers['cache-control']).toBe('no-cache');
    const route = await request({ path: '/assets/', headers: { host: host() } }); // falls back to index.html
    expect(route.headers['cache-control']).toBe('no-cache');
    const asset = await request({ path: '/assets/index-C4i1XALz.js', headers: { host: host() } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
