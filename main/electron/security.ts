// Security settings of the desktop shell, as pure values and functions so unit tests can check them
// without Electron. main/index.ts applies them; nothing here imports electron.

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

/** The app's own pages: the packaged file:// bundle, or the dev server when one is configured. */
export function isTrustedUrl(url: string, rendererIndexUrl: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    if (parsed.origin === dev.origin && (dev.hostname === '127.0.0.1' || dev.hostname === 'localhost'))
      return true;
  }
  const index = new URL(rendererIndexUrl);
  return parsed.protocol === 'file:' && index.protocol === 'file:' && parsed.pathname === index.pathname;
}

/** Links the user may open in the system browser (never in the app window). */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** Every permission request (camera, geolocation, notifications, ...) is refused: the app needs none. */
export function decidePermission(_permission: string): boolean {
  return false;
}

/** The IPC channel of the API; the preload invokes only this one. */
export const API_CHANNEL = 'tiendo:api';
