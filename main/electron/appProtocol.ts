// The desktop window loads the renderer from app://tiendo/, a privileged custom scheme served by
// main/index.ts, instead of file:// (which would let the page read any file of the machine that a
// path check of its own forgot). These are the decisions, as pure functions tested without Electron.
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://tiendo';
/** The page the window opens, and the only page trusted to call the backend. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * For protocol.registerSchemesAsPrivileged (before the app is ready): a standard, secure origin, so
 * module scripts, fetch and relative URLs behave as on https, with no file:// privileges.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
} as const;

/** What a file name of the built renderer looks like (vite writes only these characters). */
const SAFE_SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;
/** Names Windows maps to devices whatever folder they are in. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * The file of the renderer bundle an app:// request may read, or null to refuse it. Refused: another
 * scheme or host (also with a port or a user), `.` and `..` segments in any spelling, encoded `/` or
 * `\`, drive letters, NUL and any character a built file name does not have, device names, and
 * anything that would resolve outside `rendererDir`. The query and fragment are ignored; `/` is the
 * index page. `paths` is there so tests can check the Windows rules on any machine.
 */
export function resolveAppRequest(
  rendererDir: string,
  requestUrl: string,
  paths: path.PlatformPath = path,
): string | null {
  const prefix = `${APP_ORIGIN}/`;
  if (!requestUrl.startsWith(prefix)) return null;
  const rawPath = requestUrl.slice(prefix.length).split(/[?#]/, 1)[0] ?? '';
  const segments: string[] = [];
  for (const raw of rawPath === '' ? ['index.html'] : rawPath.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null; // malformed percent-encoding
    }
    if (!SAFE_SEGMENT.test(segment) || WINDOWS_DEVICE.test(segment)) return null;
    segments.push(segment);
  }
  const root = paths.resolve(rendererDir);
  const file = paths.resolve(root, ...segments);
  return file.startsWith(root + paths.sep) ? file : null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Headers of every app:// response: the same CSP as the page's meta tag, no type sniffing. */
export function appResponseHeaders(file: string): Record<string, string> {
  return {
    'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  };
}
