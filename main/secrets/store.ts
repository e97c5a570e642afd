// Secrets (today only the SMTP password) are kept outside the database, so that neither the file, its
// backups, its exports nor its audit log ever hold them. The backend is handed a SecretStore; what
// backs it depends on where it runs: the desktop app seals values with the OS key (Electron's
// safeStorage, main/electron/secretCodec.ts), browser mode and the CLI keep them in a file only the
// user can read. Nothing here imports electron.
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A small synchronous key-value store for secrets (services run inside synchronous transactions). */
export interface SecretStore {
  /** The value, or null when there is none or it cannot be opened here (another user's OS key, ...). */
  get(name: string): string | null;
  set(name: string, value: string): void;
  delete(name: string): void;
}

/**
 * How a value is written into the secrets file. Each entry records its scheme, so a file written by
 * the desktop app (sealed with the OS key) and read by the CLI says "no password here" instead of
 * handing out ciphertext, and the desktop app can still read what browser mode wrote.
 */
export interface SecretCodec {
  scheme: string;
  seal(plain: string): string;
  open(sealed: string): string;
}

/** No encryption: the file's 0600 permissions (and the per-user profile folder) are the protection. */
export const plainCodec: SecretCodec = {
  scheme: 'plain',
  seal: (plain) => plain,
  open: (sealed) => sealed,
};

interface SecretsFile {
  version: 1;
  secrets: Record<string, { scheme: string; value: string }>;
}

function readSecretsFile(file: string): SecretsFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { version: 1, secrets: {} }; // no file yet: no secrets
  }
  try {
    const parsed = JSON.parse(text) as unknown;
    if (
      parsed &&
      typeof parsed === 'object' &&
      'secrets' in parsed &&
      parsed.secrets &&
      typeof parsed.secrets === 'object'
    ) {
      const secrets: SecretsFile['secrets'] = {};
      for (const [name, entry] of Object.entries(parsed.secrets as Record<string, unknown>)) {
        if (
          entry &&
          typeof entry === 'object' &&
          'scheme' in entry &&
          'value' in entry &&
          typeof entry.scheme === 'string' &&
          typeof entry.value === 'string'
        )
          secrets[name] = { scheme: entry.scheme, value: entry.value };
      }
      return { version: 1, secrets };
    }
  } catch {
    // fall through: a damaged file holds nothing usable; the user enters the password again
  }
  return { version: 1, secrets: {} };
}

/** Writes the whole file at once (temporary file, then rename) with permissions for the user only. */
function writeSecretsFile(file: string, content: SecretsFile): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
    chmodSync(temp, 0o600); // a leftover temporary file of the same name may have had other permissions
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Secrets in one JSON file. `codecs[0]` seals new values; any of them opens stored ones. The file is
 * read on every call (it is tiny and another process, the CLI or the desktop app, may have changed it).
 */
export function fileSecretStore(file: string, codecs: readonly SecretCodec[] = [plainCodec]): SecretStore {
  const [writer] = codecs;
  if (!writer) throw new Error('fileSecretStore needs at least one codec');
  return {
    get(name) {
      const entry = readSecretsFile(file).secrets[name];
      const codec = entry && codecs.find((c) => c.scheme === entry.scheme);
      if (!entry || !codec) return null;
      try {
        return codec.open(entry.value);
      } catch {
        return null; // sealed with a key this user or machine does not have
      }
    },
    set(name, value) {
      const content = readSecretsFile(file);
      content.secrets[name] = { scheme: writer.scheme, value: writer.seal(value) };
      writeSecretsFile(file, content);
    },
    delete(name) {
      const content = readSecretsFile(file);
      if (!(name in content.secrets)) return;
      delete content.secrets[name];
      writeSecretsFile(file, content);
    },
  };
}

/**
 * Every secret of the file that `codecs` can open, by name (what the desktop app hands its backend
 * process at start: the backend cannot reach the OS key itself).
 */
export function readAllSecrets(
  file: string,
  codecs: readonly SecretCodec[] = [plainCodec],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, entry] of Object.entries(readSecretsFile(file).secrets)) {
    const codec = codecs.find((c) => c.scheme === entry.scheme);
    if (!codec) continue;
    try {
      out[name] = codec.open(entry.value);
    } catch {
      // sealed with a key this user or machine does not have: as if absent
    }
  }
  return out;
}

/** Secrets kept only while the process runs: for service tests and tools that never send mail. */
export function memorySecretStore(): SecretStore {
  const values = new Map<string, string>();
  return {
    get: (name) => values.get(name) ?? null,
    set: (name, value) => void values.set(name, value),
    delete: (name) => void values.delete(name),
  };
}
