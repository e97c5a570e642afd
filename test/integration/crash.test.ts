import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDatabase } from '../../main/db/check';
import { tempDir } from '../helpers/store';

const TASKS = 100_000;

function runAndKill(dbFile: string, killWhen: 'writing' | 'never'): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'crash-writer.ts'), dbFile, String(TASKS)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (killWhen === 'writing' && out.includes('writing')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' || code === 0 ? resolve(out) : reject(new Error(`${code} ${err}`)),
    );
  });
}

describe('a process killed in the middle of a large write', () => {
  it('leaves a file that passes integrity_check and holds none of that write', async () => {
    const dbFile = path.join(tempDir(), 'crash.db');
    const out = await runAndKill(dbFile, 'writing');
    expect(out).toContain('writing');
    expect(out).not.toContain('committed');
    // Uncommitted pages had already spilled into the WAL file: the kill really hit a write in progress.
    expect(statSync(`${dbFile}-wal`).size).toBeGreaterThan(4 * 1024 * 1024);
    const db = new Database(dbFile);
    try {
      expect(checkDatabase(db).ok).toBe(true);
      // The plan was committed before the big transaction; none of the tasks were.
      expect(db.prepare('SELECT COUNT(*) AS n FROM plan').get()).toEqual({ n: 1 });
      expect(db.prepare('SELECT COUNT(*) AS n FROM task').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  }, 120_000);

  it('holds all of it when the process is not killed', async () => {
    const dbFile = path.join(tempDir(), 'whole.db');
    const out = await runAndKill(dbFile, 'never');
    expect(out).toContain('committed');
    const db = new Database(dbFile);
    try {
      expect(checkDatabase(db).ok).toBe(true);
      expect(db.prepare('SELECT COUNT(*) AS n FROM task').get()).toEqual({ n: TASKS });
    } finally {
      db.close();
    }
  }, 180_000);
});
