// The secrets file of browser mode and the CLI, and the desktop app's OS-key codec (with a stand-in
// for Electron's safeStorage: the real one needs the Electron binary).
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { desktopSecretCodecs, type SafeStorageLike } from '../../../main/electron/secretCodec';
import { defaultSecretsFile } from '../../../main/secrets/location';
import { fileSecretStore, memorySecretStore, plainCodec } from '../../../main/secrets/store';
import { tempDir } from '../../helpers/store';

/** Reversible but not readable: enough to tell sealed bytes from the plain text in the file. */
const fakeSafeStorage = (available = true): SafeStorageLike => ({
  isEncryptionAvailable: () => available,
  encryptString: (plain) => Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)),
  decryptString: (sealed) => {
    if (sealed.length === 0)
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(sealed.map((b) => b ^ 0x5a)).toString('utf8');
  },
});

describe('the secrets file', () => {
  it('keeps, replaces and deletes values in a file only the user can read, in a folder it creates', () => {
    const file = path.join(tempDir(), 'TienDo', 'secrets.json');
    const store = fileSecretStore(file);
    expect(store.get('smtp-password:a')).toBeNull();
    expect(existsSync(file)).toBe(false); // reading does not create it
    store.set('smtp-password:a', 'mật khẩu 1');
    store.set('smtp-password:b', 'mật khẩu 2');
    expect(store.get('smtp-password:a')).toBe('mật khẩu 1');
    store.set('smtp-password:a', 'mật khẩu 3');
    expect(fileSecretStore(file).get('smtp-password:a')).toBe('mật khẩu 3'); // another process sees it
    store.delete('smtp-password:a');
    expect(store.get('smtp-password:a')).toBeNull();
    expect(store.get('smtp-password:b')).toBe('mật khẩu 2');
    if (process.platform !== 'win32') {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    }
  });

  it('treats a damaged file as empty, and a later save replaces it', () => {
    const file = path.join(tempDir(), 'secrets.json');
    writeFileSync(file, '{ không phải JSON');
    const store = fileSecretStore(file);
    expect(store.get('x')).toBeNull();
    store.set('x', 'y');
    expect(store.get('x')).toBe('y');
  });

  it('seals new values with the OS key and still reads what browser mode wrote in plain', () => {
    const file = path.join(tempDir(), 'secrets.json');
    fileSecretStore(file).set('tu-trinh-duyet', 'mật khẩu cũ');
    const desktop = fileSecretStore(file, desktopSecretCodecs(fakeSafeStorage()));
    desktop.set('ung-dung', 'mật khẩu mới');
    expect(readFileSync(file, 'utf8')).not.toContain('mật khẩu mới');
    expect(JSON.parse(readFileSync(file, 'utf8')).secrets['ung-dung'].scheme).toBe('safeStorage');
    expect(desktop.get('ung-dung')).toBe('mật khẩu mới');
    expect(desktop.get('tu-trinh-duyet')).toBe('mật khẩu cũ');
    // Browser mode cannot open what the desktop app sealed: no password, rather than ciphertext.
    expect(fileSecretStore(file).get('ung-dung')).toBeNull();
  });

  it('gives no value when the OS key cannot open it', () => {
    const file = path.join(tempDir(), 'secrets.json');
    writeFileSync(file, JSON.stringify({ version: 1, secrets: { x: { scheme: 'safeStorage', value: '' } } }));
    expect(fileSecretStore(file, desktopSecretCodecs(fakeSafeStorage())).get('x')).toBeNull();
  });

  it('falls back to the plain file, and says so, where the OS has no key', () => {
    const warn = vi.fn();
    expect(desktopSecretCodecs(fakeSafeStorage(false), warn)).toEqual([plainCodec]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('mật khẩu SMTP'));
  });

  it('lives in the user-data folder, or where TIENDO_SECRETS says', () => {
    expect(defaultSecretsFile({ XDG_CONFIG_HOME: '/home/a/.config' }, 'linux')).toBe(
      '/home/a/.config/TienDo/secrets.json',
    );
    expect(defaultSecretsFile({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe(
      path.join('C:\\Users\\a\\AppData\\Roaming', 'TienDo', 'secrets.json'),
    );
    expect(defaultSecretsFile({ TIENDO_SECRETS: '/srv/tiendo/secrets.json' }, 'linux')).toBe(
      '/srv/tiendo/secrets.json',
    );
  });

  it('has an in-memory store for contexts that never send mail', () => {
    const store = memorySecretStore();
    store.set('a', 'b');
    expect(store.get('a')).toBe('b');
    store.delete('a');
    expect(store.get('a')).toBeNull();
  });
});
