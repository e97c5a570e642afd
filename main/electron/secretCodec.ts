// The desktop app's secrets are sealed with the operating system's key through Electron's safeStorage
// (DPAPI on Windows, the Keychain on macOS, the desktop keyring on Linux). This file takes safeStorage
// as an argument so it can be tested without Electron; main/index.ts passes the real one.
import { plainCodec, type SecretCodec } from '../secrets/store';

/** The part of Electron's safeStorage this uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

export function safeStorageCodec(safeStorage: SafeStorageLike): SecretCodec {
  return {
    scheme: 'safeStorage',
    seal: (plain) => safeStorage.encryptString(plain).toString('base64'),
    open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  };
}

/**
 * New secrets are sealed with the OS key when the OS offers one; entries browser mode wrote in plain
 * (0600 file) stay readable. Without an OS key (a Linux session with no keyring) the desktop app
 * falls back to what browser mode does, and says so once in the log.
 */
export function desktopSecretCodecs(
  safeStorage: SafeStorageLike,
  warn: (message: string) => void = console.warn,
): SecretCodec[] {
  if (safeStorage.isEncryptionAvailable()) return [safeStorageCodec(safeStorage), plainCodec];
  warn(
    'Hệ điều hành không cung cấp khóa mã hóa: mật khẩu SMTP được lưu trong tệp chỉ người dùng này đọc được.',
  );
  return [plainCodec];
}
