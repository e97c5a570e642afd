// Security settings of the desktop shell, as pure values and functions so unit tests can check them
// without Electron. main/index.ts applies them; nothing here imports electron.
import type { RelayReply } from '../../shared/api/client';

/** The renderer loads only its own bundle: no remote scripts, no eval, no frames, no network. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // React inline style attributes (charts, virtual rows)
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
].join('; ');

/** BrowserWindow webPreferences: isolated, sandboxed, no Node in the page. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const;
}

/**
 * The app's own page: app://tiendo/index.html (any fragment: the router lives there). Only it may
 * navigate the window and call the backend; assets are loaded, never navigated to.
 */
export function isTrustedUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'app:' &&
    parsed.host === 'tiendo' &&
    parsed.username === '' &&
    (parsed.pathname === '/index.html' || parsed.pathname === '/')
  );
}

/** A plain address list, as an office writes one: no display names, no quoting, no routing. */
const ADDRESSES =
  /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}(,[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})*$/;
const MAILTO_FIELDS = new Set(['subject', 'body', 'cc']);

/**
 * Links the user may open outside the app (never in the app window). Decision: only `mailto:` to
 * plain addresses with a subject, body or cc, which opens the office's mail program; no `attach=`
 * or other fields some mail programs act on. No web page at all: the app links to none, so an
 * allowed https host could only ever be opened by something that should not be opening pages.
 */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'mailto:') return false;
  let addresses: string;
  try {
    addresses = decodeURIComponent(parsed.pathname);
  } catch {
    return false;
  }
  if (!ADDRESSES.test(addresses)) return false;
  for (const key of parsed.searchParams.keys()) if (!MAILTO_FIELDS.has(key.toLowerCase())) return false;
  return true;
}

/**
 * The policy for the page's own <meta> tag (renderer/index.html), so it holds wherever the page is
 * served from: the header's policy less `frame-ancestors`, which browsers ignore in a meta tag (and
 * warn about); the header still carries it.
 */
export function metaContentSecurityPolicy(): string {
  return CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors '))
    .join('; ');
}

/** Every permission request (camera, geolocation, notifications, ...) is refused: the app needs none. */
export function decidePermission(_permission: string): boolean {
  return false;
}

/** The IPC channel of the API; the preload invokes only this one. */
export const API_CHANNEL = 'tiendo:api';

/** The answer to a call from any page but ours (main/electron/relay.ts): refused before the backend sees it. */
export function untrustedReply(generation: number): RelayReply {
  return {
    backend: generation,
    result: {
      ok: false,
      error: { code: 'NGUON_KHONG_TIN_CAY', message: 'Yêu cầu từ nguồn không tin cậy bị từ chối.' },
    },
  };
}

/** The IPC channel of the folder dialog (main/electron/folderPicker.ts); the preload invokes it too. */
export const PICK_FOLDER_CHANNEL = 'tiendo:pick-folder';
