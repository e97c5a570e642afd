// Browser mode: the same backend as the desktop app's, over HTTP on 127.0.0.1 only, for tests and for
// machines without Electron. Every API request must carry the per-run token and a loopback Host
// header (a foreign Host means DNS rebinding or another machine); static files need neither.
// The backend host (main/backend/host.ts) runs in this process by default: there is no window whose
// main thread an export could freeze (the page runs in the browser), and the server the person
// started is the process that holds the write lock, so stopping it frees the file at once. With
// --backend-process it runs in a child process exactly as in the desktop app (crash, restart and
// recovery screen included; the end-to-end test of that path uses it).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { BACKEND_HEADER, TOKEN_HEADER, type RelayReply } from '../shared/api/client';
import { createAppRouter } from './api';
import type { AppHost } from './app';
import { BackendConnection } from './backend/connection';
import { inProcessSpawner } from './backend/inProcess';
import { nodeChildSpawner } from './backend/nodeChild';
import { fileSecretKeeper } from './backend/secrets';
import { resolveDbChoice } from './paths';
import { APP_VERSION } from './version';
import { CONTENT_SECURITY_POLICY } from './electron/security';
import { defaultSecretsFile } from './secrets/location';

const MAX_BODY = 8 * 1024 * 1024;
/** How much of an oversized body is read (and dropped) so the 413 answer can still be delivered. */
const MAX_DISCARD = 64 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** Where API calls go: the backend connection, or (tests) a host served in this process directly. */
export type WebBackend = { relay(method: unknown, input: unknown): Promise<RelayReply> } | { host: AppHost };

export type WebServerOptions = WebBackend & {
  staticDir: string;
  port?: number;
  token?: string;
};

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: http.ServerResponse, status: number, body: unknown, backend?: number): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(backend === undefined ? {} : { [BACKEND_HEADER]: String(backend) }),
  });
  res.end(json);
}

/** Why a request body is refused: each maps to its own status and Vietnamese message. */
class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TOO_LARGE = () =>
  new BodyError(
    413,
    'QUA_LON',
    'Dữ liệu gửi lên quá lớn (tối đa 8 MB). Hãy gửi tệp nhỏ hơn hoặc chia nhỏ dữ liệu.',
  );

/**
 * Reads the whole body as UTF-8 text, refusing invalid UTF-8 (a lossy decode would store U+FFFD in place
 * of what the person typed). Past 8 MB it stops keeping the bytes but goes on reading them, so the 413
 * answer reaches the client instead of a connection reset while it is still sending.
 */
function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    let size = 0;
    let tooLarge = declared > MAX_BODY;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
      else if (size > MAX_DISCARD) {
        // Only a client that keeps sending after any sensible size gets cut off without the answer.
        req.destroy();
        reject(TOO_LARGE());
      }
    });
    req.on('end', () => {
      if (tooLarge) {
        reject(TOO_LARGE());
        return;
      }
      try {
        resolve(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)));
      } catch {
        reject(
          new BodyError(
            400,
            'KHONG_PHAI_UTF8',
            'Dữ liệu gửi lên không phải văn bản UTF-8 hợp lệ nên không được lưu. Hãy nhập lại nội dung (hoặc lưu tệp nguồn dưới dạng UTF-8) rồi gửi lại.',
          ),
        );
      }
    });
    req.on('error', reject);
  });
}

/** Decodes a percent-encoded path, or null when it is malformed ('%ff', a lone '%'). */
function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

const BAD_PATH = {
  ok: false,
  error: {
    code: 'DUONG_DAN_SAI',
    message: 'Địa chỉ yêu cầu không hợp lệ (mã hóa phần trăm sai). Hãy mở lại đúng địa chỉ TienDo đã in ra.',
  },
};

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const relay =
    'relay' in options
      ? options.relay
      : ((route) => async (method: unknown, input: unknown) => ({
          backend: 1,
          result: await route(method, input),
        }))(createAppRouter(options.host));
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!allowedHosts().has(req.headers.host ?? '')) {
      send(res, 403, {
        ok: false,
        error: { code: 'HOST_KHONG_HOP_LE', message: 'Yêu cầu bị từ chối: địa chỉ máy chủ không hợp lệ.' },
      });
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        send(res, 405, { ok: false, error: { code: 'PHUONG_THUC_HTTP', message: 'Chỉ nhận yêu cầu POST.' } });
        return;
      }
      if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, token)) {
        send(res, 401, {
          ok: false,
          error: {
            code: 'THIEU_MA_PHIEN',
            message: 'Yêu cầu bị từ chối: thiếu hoặc sai mã phiên. Hãy mở đúng địa chỉ TienDo đã in ra.',
          },
        });
        return;
      }
      const method = decodePath(url.pathname.slice('/api/'.length));
      if (method === null) {
        send(res, 400, BAD_PATH);
        return;
      }
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body ? (JSON.parse(body) as unknown) : {};
      } catch (error) {
        if (error instanceof BodyError) {
          send(res, error.status, { ok: false, error: { code: error.code, message: error.message } });
        } else {
          send(res, 400, {
            ok: false,
            error: { code: 'JSON_SAI', message: 'Dữ liệu gửi lên không đúng định dạng JSON.' },
          });
        }
        return;
      }
      const reply = await relay(method, input);
      send(res, 200, reply.result, reply.backend);
      return;
    }
    const pathname = decodePath(url.pathname);
    if (pathname === null) {
      send(res, 400, BAD_PATH);
      return;
    }
    serveStatic(options.staticDir, pathname, res);
  };

  // Any error of one request ends that request with an answer, never the process: a page on any website
  // can make the browser send us a request, token or not.
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[tiendo] request failed', error);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      send(res, 500, {
        ok: false,
        error: {
          code: 'LOI_HE_THONG',
          message: 'Máy chủ TienDo gặp lỗi khi xử lý yêu cầu này; dữ liệu không bị thay đổi. Hãy thử lại.',
        },
      });
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** True when `file` is `root` itself or inside it (a sibling named `${root}-evil` is not). */
function isInside(root: string, file: string): boolean {
  return file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

function serveStatic(dir: string, pathname: string, res: http.ServerResponse): void {
  const root = path.resolve(dir);
  let file = path.resolve(root, `.${pathname}`);
  if (!isInside(root, file)) {
    res.writeHead(404).end();
    return;
  }
  if (!existsSync(file) || statSync(file).isDirectory()) file = path.join(root, 'index.html'); // client-side routes
  if (!existsSync(file)) {
    res
      .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      .end('Chưa có giao diện: hãy chạy "npm run build" trước.');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // Vite names every file under assets/ by its content, so a browser may keep them; index.html names
    // the current ones and is asked again each time.
    'cache-control': isInside(path.join(root, 'assets'), file)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  });
  createReadStream(file).pipe(res);
}

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** What browser mode prints at start, from app.info. */
const startInfo = z.object({ readOnly: z.string().nullable(), warnings: z.array(z.string()) });

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const choice = resolveDbChoice(argv);
  const dbFile = choice.file;
  if (choice.explicit && !argv.includes('--create') && !existsSync(dbFile)) {
    throw new Error(
      `Không tìm thấy tệp dữ liệu "${dbFile}". Hãy kiểm tra lại đường dẫn; để tạo tệp dữ liệu mới tại đây, chạy lại với --create (npm run start:web -- --db "${dbFile}" --create).`,
    );
  }
  const backend = await BackendConnection.start({
    spawn: argv.includes('--backend-process')
      ? nodeChildSpawner(path.join(__dirname, 'backend.cjs'))
      : inProcessSpawner(),
    options: {
      dbFile,
      mode: 'browser',
      version: APP_VERSION,
      dailyBackup: true,
      sendMail: true,
      create: true,
      readOnlyFallback: true,
      program: 'TienDo (chế độ trình duyệt)',
    },
    secrets: fileSecretKeeper(defaultSecretsFile(process.env)),
    log: (message) => console.error(message),
  });
  const staticDir = path.resolve(__dirname, '..', 'renderer');
  const portArg = arg(argv, '--port');
  const server = await startWebServer({
    relay: (method, input) => backend.call(method, input),
    staticDir,
    port: portArg ? Number(portArg) : undefined,
    token: process.env.TIENDO_WEB_TOKEN,
  });
  console.log(`TienDo (chế độ trình duyệt) đang chạy. Dữ liệu: ${dbFile}`);
  const info = await backend.call('app.info', {});
  const notes = info.result.ok ? startInfo.safeParse(info.result.value) : null;
  if (notes?.success) {
    if (notes.data.readOnly) console.log(`Chú ý: ${notes.data.readOnly}`);
    for (const warning of notes.data.warnings) console.log(`Chú ý: ${warning}`);
  }
  console.log(`Mở địa chỉ này trong trình duyệt: ${server.url}`);
  console.log(
    `TIENDO_WEB_READY ${JSON.stringify({ port: server.port, token: server.token, url: server.url, backendPid: backend.pid })}`,
  );
  const stop = async () => {
    await server.close();
    await backend.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

if (typeof require !== 'undefined' && require.main === module) {
  main().catch((error: unknown) => {
    // A refusal to open the data (BackendStartError: locked, damaged, not ours) says what to do.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
