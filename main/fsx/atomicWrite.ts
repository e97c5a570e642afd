// Every file TienDo writes for a person to keep (backups, a restored data file, the CLI's --out files)
// goes through here: written in full under a temporary name beside its target, flushed to disk, then
// moved into place in one rename. A kill, a power cut or a full disk leaves either the old state or the
// complete new file under the final name, never half a file; what is left under the temporary name is
// removed at the next start (cleanTemporaryFiles).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { explainWriteError } from './writeErrors';

/** Marks our temporary files: `<name>.tiendo-tmp-<host>-<pid>-<random>` (plus SQLite's -wal/-shm/-journal). */
const TEMP_MARK = '.tiendo-tmp-';
const TEMP_NAME = /\.tiendo-tmp-([a-z0-9-]*)-(\d+)-([0-9a-f]{8})(-wal|-shm|-journal)?$/;

/** This machine's name as it appears in temporary names (letters, digits and dashes only). */
function hostTag(): string {
  return (
    os
      .hostname()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 24) || 'may'
  );
}

export function temporaryNameFor(target: string): string {
  return `${target}${TEMP_MARK}${hostTag()}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

export interface AtomicWriteOptions {
  /** Replace an existing file at the target. Without it an existing file is never touched. */
  overwrite?: boolean;
}

/** The file system calls used, so a test can make one of them fail as a full disk does. */
export interface FileIo {
  openSync: typeof fs.openSync;
  writeSync: (fd: number, data: Uint8Array, offset: number, length: number) => number;
  fsyncSync: typeof fs.fsyncSync;
  closeSync: typeof fs.closeSync;
}

const nodeIo: FileIo = {
  openSync: (...args) => fs.openSync(...args),
  writeSync: (fd, data, offset, length) => fs.writeSync(fd, data, offset, length),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
};

function removeQuietly(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    try {
      fs.rmSync(`${file}${suffix}`, { force: true });
    } catch {
      // Nothing more can be done; the next start's cleanup tries again.
    }
  }
}

/** Flushes a file's content to the disk, so the rename never exposes a name whose bytes are still in memory. */
function flush(file: string, io: FileIo): void {
  const fd = io.openSync(file, 'r+');
  try {
    io.fsyncSync(fd);
  } finally {
    io.closeSync(fd);
  }
}

/** Flushes the rename itself (the folder entry). Windows cannot open a folder for this; NTFS journals it. */
function flushFolder(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some file systems refuse fsync on a folder; the data itself is already flushed.
  }
}

function existsError(target: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EEXIST: file already exists, '${target}'`), {
    code: 'EEXIST',
    path: target,
  });
}

/**
 * Moves the complete temporary file into place. Without `overwrite`, a hard link makes "create only if
 * absent" one atomic step; file systems without hard links (FAT on USB sticks) fall back to a check and
 * a rename.
 */
function place(temp: string, target: string, overwrite: boolean): void {
  if (overwrite) {
    fs.renameSync(temp, target);
  } else {
    try {
      fs.linkSync(temp, target);
      fs.rmSync(temp, { force: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw existsError(target);
      if (fs.existsSync(target)) throw existsError(target);
      fs.renameSync(temp, target);
    }
  }
  flushFolder(path.dirname(target));
}

/** Writes `data` to `target` atomically. Failures leave nothing under either name and explain themselves. */
export function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions & { io?: FileIo } = {},
): void {
  const io = options.io ?? nodeIo;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const full = path.resolve(target);
  if (!options.overwrite && fs.existsSync(full)) throw explainWriteError(existsError(full), full);
  const temp = temporaryNameFor(full);
  try {
    const fd = io.openSync(temp, 'wx');
    try {
      let offset = 0;
      while (offset < bytes.length) offset += io.writeSync(fd, bytes, offset, bytes.length - offset);
      io.fsyncSync(fd);
    } finally {
      io.closeSync(fd);
    }
    place(temp, full, options.overwrite ?? false);
  } catch (error) {
    removeQuietly(temp);
    throw explainWriteError(error, full);
  }
}

/**
 * Lets `produce` write the file at a temporary path (SQLite's backup API writes its own file), then moves
 * it into place: at `target`, or at the name `finalName` picks once the file is complete (a backup that
 * fails its check is kept under a name that says so). Returns where the file ended up.
 */
export async function produceFileAtomic(
  target: string,
  produce: (temp: string) => Promise<void> | void,
  options: AtomicWriteOptions & {
    finalName?: (temp: string) => string;
    /** Runs once the file is complete, just before it takes its name (a restore removes the old -wal). */
    beforePlace?: () => void;
  } = {},
): Promise<string> {
  let full = path.resolve(target);
  if (!options.overwrite && fs.existsSync(full)) throw explainWriteError(existsError(full), full);
  const temp = temporaryNameFor(full);
  try {
    await produce(temp);
    flush(temp, nodeIo);
    if (options.finalName) full = path.resolve(options.finalName(temp));
    options.beforePlace?.();
    place(temp, full, options.overwrite ?? false);
    return full;
  } catch (error) {
    removeQuietly(temp);
    throw explainWriteError(error, full);
  }
}

/** True when a process with this id runs on this machine (EPERM: it runs, as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Removes what killed writers left under temporary names in `dir`: files of this machine whose process
 * has ended, and files of other machines (a shared folder) older than a day. Returns the removed names.
 */
export function cleanTemporaryFiles(dir: string, now: Date = new Date()): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const file = path.join(dir, name);
    const ours = m[1] === hostTag();
    let stale = ours ? !isRunning(Number(m[2])) : false;
    if (!ours) {
      try {
        stale = now.getTime() - fs.statSync(file).mtimeMs > DAY_MS;
      } catch {
        stale = false;
      }
    }
    if (!stale) continue;
    try {
      fs.rmSync(file, { force: true });
      removed.push(name);
    } catch {
      // Read-only folder or a file in use: left for a later start.
    }
  }
  return removed;
}
