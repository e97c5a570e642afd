import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  decidePermission,
  isSafeExternalUrl,
  isTrustedUrl,
  metaContentSecurityPolicy,
  secureWebPreferences,
  untrustedReply,
} from '../../../main/electron/security';
import { isRelayReply } from '../../../shared/api/client';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('desktop shell security settings', () => {
  it('isolates and sandboxes the renderer with no Node integration', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('has a CSP with no remote code, eval, objects or frames', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-src 'none'");
  });

  it.each([
    ['app://tiendo/index.html', true],
    ['app://tiendo/index.html#/tasks?situation=qua_han', true],
    ['app://tiendo/', true],
    ['app://tiendo/assets/index.js', false],
    ['app://other/index.html', false],
    ['file:///opt/TienDo/resources/app.asar/dist/renderer/index.html', false],
    ['file:///etc/passwd', false],
    ['https://example.com/', false],
    ['http://127.0.0.1:5173/', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('the page %s may navigate and call the backend: %s', (url, ok) => {
    expect(isTrustedUrl(url)).toBe(ok);
  });

  it.each([
    ['mailto:bcd@lamdong.gov.vn', true],
    [
      'mailto:bcd@lamdong.gov.vn,vp@lamdong.gov.vn?subject=B%C3%A1o%20c%C3%A1o&body=K%C3%ADnh%20g%E1%BB%ADi',
      true,
    ],
    ['mailto:bcd@lamdong.gov.vn?cc=vp@lamdong.gov.vn', true],
    // no web page is opened from the app: there is no link to one, so none can be abused
    ['https://dichvucong.gov.vn', false],
    ['http://example.com', false],
    ['mailto:bcd@lamdong.gov.vn?attach=C:\\Users\\a\\tiendo.db', false],
    ['mailto:bcd@lamdong.gov.vn?attachment=/etc/passwd', false],
    ['mailto:?body=x', false],
    ['mailto:not an address', false],
    ['file:///c:/windows', false],
    ['javascript:alert(1)', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['not a url', false],
  ])('opens %s outside the app: %s', (url, ok) => {
    expect(isSafeExternalUrl(url)).toBe(ok);
  });

  it('refuses a call from an untrusted page with a relay reply the renderer can read, in Vietnamese', () => {
    const reply = untrustedReply(3);
    expect(isRelayReply(reply)).toBe(true);
    expect(reply).toEqual({
      backend: 3,
      result: {
        ok: false,
        error: { code: 'NGUON_KHONG_TIN_CAY', message: 'Yêu cầu từ nguồn không tin cậy bị từ chối.' },
      },
    });
  });

  it('denies every permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])
      expect(decidePermission(p)).toBe(false);
  });

  it('puts the same policy in the page as in the header, less what a meta tag cannot carry', () => {
    const meta = metaContentSecurityPolicy();
    const header = CONTENT_SECURITY_POLICY.split('; ');
    expect(meta.split('; ')).toEqual(header.filter((d) => !d.startsWith('frame-ancestors ')));
    const html = readFileSync(path.join(ROOT, 'renderer', 'index.html'), 'utf8');
    const tag = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/.exec(html);
    expect(tag?.[1]).toBe(meta);
    // the tag comes before anything the policy must cover
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });
});
