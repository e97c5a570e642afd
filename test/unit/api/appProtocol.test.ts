// The app:// protocol of the desktop window serves only files of the built renderer.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appResponseHeaders, APP_ENTRY_URL, resolveAppRequest } from '../../../main/electron/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../main/electron/security';

const ROOT = '/opt/TienDo/resources/app.asar/dist/renderer';
const resolve = (url: string) => resolveAppRequest(ROOT, url, path.posix);

describe('app:// requests', () => {
  it.each([
    ['app://tiendo/', 'index.html'],
    [APP_ENTRY_URL, 'index.html'],
    ['app://tiendo/index.html#/tasks?planId=1', 'index.html'],
    ['app://tiendo/assets/index-DW9QMZct.js', 'assets/index-DW9QMZct.js'],
    ['app://tiendo/assets/index-DW9QMZct.js?v=2', 'assets/index-DW9QMZct.js'],
    [
      'app://tiendo/assets/be-vietnam-pro-vietnamese-400-normal.woff2',
      'assets/be-vietnam-pro-vietnamese-400-normal.woff2',
    ],
    ['app://tiendo/assets/%69ndex.css', 'assets/index.css'],
  ])('serves %s from the renderer folder', (url, file) => {
    expect(resolve(url)).toBe(path.posix.join(ROOT, file));
  });

  it.each([
    'app://tiendo/../main/index.cjs',
    'app://tiendo/assets/../../main/index.cjs',
    'app://tiendo/./index.html',
    'app://tiendo/%2e%2e/main/index.cjs',
    'app://tiendo/.%2E/main/index.cjs',
    'app://tiendo/%2E%2E%2Fmain%2Findex.cjs',
    'app://tiendo/assets%2f..%2f..%2fmain%2findex.cjs',
    'app://tiendo/assets%5c..%5c..%5cmain%5cindex.cjs',
    'app://tiendo/..\\main\\index.cjs',
    'app://tiendo/assets\\index.js',
    'app://tiendo//etc/passwd',
    'app://tiendo/%2Fetc%2Fpasswd',
    'app://tiendo/C:/Windows/win.ini',
    'app://tiendo/C%3A%5CWindows%5Cwin.ini',
    'app://tiendo/index.html%00.js',
    'app://tiendo/assets/%E0%A4%A',
    'app://tiendo/assets/',
    'app://tiendo/.env',
    'app://tiendo/CON',
    'app://tiendo/assets/nul.txt',
    'app://other/index.html',
    'app://tiendo:8080/index.html',
    'app://user@tiendo/index.html',
    'app://tiendo.evil/index.html',
    'file:///opt/TienDo/resources/app.asar/dist/renderer/index.html',
    'https://tiendo/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolve(url)).toBeNull();
  });

  it('keeps Windows paths inside the renderer folder too', () => {
    const root = 'C:\\Program Files\\TienDo\\resources\\app.asar\\dist\\renderer';
    expect(resolveAppRequest(root, 'app://tiendo/assets/index.js', path.win32)).toBe(
      `${root}\\assets\\index.js`,
    );
    expect(resolveAppRequest(root, 'app://tiendo/assets%5c..%5c..%5cmain', path.win32)).toBeNull();
    expect(resolveAppRequest(root, 'app://tiendo/D:%5Csecret.txt', path.win32)).toBeNull();
  });

  it('answers with the page CSP, a type for module scripts and no sniffing', () => {
    expect(appResponseHeaders('/x/assets/index.js')).toEqual({
      'content-type': 'text/javascript; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    expect(appResponseHeaders('/x/index.html')['content-type']).toBe('text/html; charset=utf-8');
    expect(appResponseHeaders('/x/blob.bin')['content-type']).toBe('application/octet-stream');
  });
});
