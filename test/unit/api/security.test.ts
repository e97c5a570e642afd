import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  decidePermission,
  isSafeExternalUrl,
  isTrustedUrl,
  secureWebPreferences,
} from '../../../main/electron/security';

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
    ['file:///opt/TienDo/resources/app.asar/dist/renderer/index.html', true],
    ['file:///opt/TienDo/resources/app.asar/dist/renderer/index.html#/tasks', true],
    ['file:///etc/passwd', false],
    ['https://example.com/', false],
    ['http://127.0.0.1:5173/', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('navigation to %s allowed: %s', (url, ok) => {
    expect(isTrustedUrl(url, 'file:///opt/TienDo/resources/app.asar/dist/renderer/index.html')).toBe(ok);
  });

  it('allows the loopback dev server only when configured', () => {
    expect(isTrustedUrl('http://127.0.0.1:5173/#/x', 'file:///a/index.html', 'http://127.0.0.1:5173')).toBe(
      true,
    );
    expect(isTrustedUrl('http://evil.test:5173/', 'file:///a/index.html', 'http://evil.test:5173')).toBe(
      false,
    );
  });

  it('opens only https and mailto links outside, and denies every permission', () => {
    expect(isSafeExternalUrl('https://dichvucong.gov.vn')).toBe(true);
    expect(isSafeExternalUrl('mailto:bcd@example.vn')).toBe(true);
    expect(isSafeExternalUrl('file:///c:/windows')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])
      expect(decidePermission(p)).toBe(false);
  });
});
