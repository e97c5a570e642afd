import os from 'node:os';
import path from 'node:path';

/**
 * The folder Electron calls userData for an app named "TienDo", computed without Electron so the CLI
 * and browser mode find the same file as the desktop app.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'TienDo');
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'TienDo');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'TienDo');
}

/** `--db FILE` wins, then TIENDO_DB, then tiendo.db in the user-data folder. */
export function resolveDbFile(argv: string[], env: NodeJS.ProcessEnv = process.env): string {
  const i = argv.indexOf('--db');
  const flag = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--db='))?.slice('--db='.length);
  if (flag) return path.resolve(flag);
  if (env.TIENDO_DB) return path.resolve(env.TIENDO_DB);
  return path.join(defaultDataDir(env), 'tiendo.db');
}
