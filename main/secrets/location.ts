import path from 'node:path';
import { defaultDataDir } from '../paths';

/**
 * Where browser mode and the CLI keep secrets: `secrets.json` in the user's TienDo folder (beside the
 * default database, but never inside a database folder given with --db, which may be shared), or the
 * file named by TIENDO_SECRETS. The desktop app uses the same name in Electron's userData folder.
 */
export function defaultSecretsFile(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.TIENDO_SECRETS) return path.resolve(env.TIENDO_SECRETS);
  return path.join(defaultDataDir(env, platform), SECRETS_FILE_NAME);
}

export const SECRETS_FILE_NAME = 'secrets.json';
