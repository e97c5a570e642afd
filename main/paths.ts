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

export interface DbChoice {
  file: string;
  /**
   * The person named the file (--db or TIENDO_DB): when it does not exist it is created only if they ask,
   * so a typing mistake does not start an empty province beside the real one. The default file in the
   * user-data folder is created on first run.
   */
  explicit: boolean;
}

/** `--db FILE` wins, then TIENDO_DB, then tiendo.db in the user-data folder. */
export function resolveDbChoice(argv: string[], env: NodeJS.ProcessEnv = process.env): DbChoice {
  const i = argv.indexOf('--db');
  const flag = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--db='))?.slice('--db='.length);
  if (flag) return { file: path.resolve(flag), explicit: true };
  if (env.TIENDO_DB) return { file: path.resolve(env.TIENDO_DB), explicit: true };
  return { file: path.join(defaultDataDir(env), 'tiendo.db'), explicit: false };
}

export function resolveDbFile(argv: string[], env: NodeJS.ProcessEnv = process.env): string {
  return resolveDbChoice(argv, env).file;
}
