import Database from 'better-sqlite3';
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers, createRouter } from '../../../main/api';
import { sqliteBackup } from '../../../main/db/backup';
import { backupToFolder, nodeFolderIo, type FolderIo } from '../../../main/db/backupToFolder';
import { createDemoProvince } from '../../../main/services/demo';
import { openTestStore, tempDir, type TestStore } from '../../helpers/store';

const stores: TestStore[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.close()));

async function demoStore(): Promise<TestStore> {
  const store = await openTestStore();
  stores.push(store);
  createDemoProvince(store.ctx, { year: 2025 });
  return store;
}
const at = new Date('2025-11-20T03:04:05.006Z');

/** What is left in the folder: a refused or failed backup must leave nothing, not even a temporary file. */
const left = (folder: string) => readdirSync(folder);

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e as { code: string; message: string },
  );
  expect(error, 'the backup should have been refused').not.toBeNull();
  return error!;
}

describe('backup to a chosen folder', () => {
  it('writes a copy, checks it read-only and reports the same row counts as the source', async () => {
    const store = await demoStore();
    const folder = tempDir();
    const made = await backupToFolder(store.ctx.db, folder, at);
    expect(made.name).toBe('tiendo-2025-11-20T03-04-05-006Z-thu-cong.db');
    expect(made.file).toBe(path.join(folder, made.name));
    expect(left(folder)).toEqual([made.name]); // no -wal/-shm, no temporary file
    expect(made.check.integrity).toBe('ok');
    expect(made.check.userVersion).toBe(Number(store.ctx.db.pragma('user_version', { simple: true })));
    const tasks = made.check.tables.find((t) => t.table === 'task');
    expect(tasks?.rows).toBeGreaterThan(10);
    const copy = new Database(made.file, { readonly: true });
    try {
      for (const { table, rows } of made.check.tables) {
        const n = (copy.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
        const src = (store.ctx.db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
        expect([table, n]).toEqual([table, rows]);
        expect([table, src]).toEqual([table, rows]);
      }
    } finally {
      copy.close();
    }
  });

  it('refuses a folder that does not exist, saying so in Vietnamese', async () => {
    const store = await demoStore();
    const missing = path.join(tempDir(), 'USB-khong-cam');
    const e = await refusal(backupToFolder(store.ctx.db, missing, at));
    expect(e.code).toBe('SAO_LUU_THU_MUC_KHONG_CO');
    expect(e.message).toContain(`Không tìm thấy thư mục "${missing}"`);
  });

  it('refuses a file given as the folder and leaves it as it was', async () => {
    const store = await demoStore();
    const dir = tempDir();
    const file = path.join(dir, 'ghi-chu.txt');
    writeFileSync(file, 'x');
    const e = await refusal(backupToFolder(store.ctx.db, file, at));
    expect(e.code).toBe('SAO_LUU_KHONG_PHAI_THU_MUC');
    expect(e.message).toContain('là một tệp, không phải thư mục');
    expect(left(dir)).toEqual(['ghi-chu.txt']);
  });

  it('refuses a relative path (the backend would resolve it somewhere the person did not mean)', async () => {
    const store = await demoStore();
    const e = await refusal(backupToFolder(store.ctx.db, 'SaoLuu', at));
    expect(e.code).toBe('SAO_LUU_THU_MUC_KHONG_HOP_LE');
    expect(e.message).toContain('đường dẫn đầy đủ');
  });

  it('refuses an unwritable folder (a write-protected stick) and writes nothing', async () => {
    const store = await demoStore();
    const folder = tempDir();
    const readOnly: FolderIo = {
      ...nodeFolderIo,
      probeWrite: () => {
        throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
      },
    };
    const e = await refusal(backupToFolder(store.ctx.db, folder, at, { io: readOnly }));
    expect(e.code).toBe('SAO_LUU_THU_MUC_KHONG_GHI_DUOC');
    expect(e.message).toContain(`Không ghi được vào thư mục "${folder}"`);
    expect(left(folder)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'refuses a folder without write permission through the real probe',
    async () => {
      const store = await demoStore();
      const folder = path.join(tempDir(), 'chi-doc');
      mkdirSync(folder);
      chmodSync(folder, 0o555);
      try {
        const e = await refusal(backupToFolder(store.ctx.db, folder, at));
        expect(e.code).toBe('SAO_LUU_THU_MUC_KHONG_GHI_DUOC');
      } finally {
        chmodSync(folder, 0o755);
      }
      expect(left(folder)).toEqual([]);
    },
  );

  it('refuses a folder without room for the copy, with the sizes', async () => {
    const store = await demoStore();
    const folder = tempDir();
    const full: FolderIo = { ...nodeFolderIo, freeBytes: () => 200 * 1024 };
    const e = await refusal(backupToFolder(store.ctx.db, folder, at, { io: full }));
    expect(e.code).toBe('O_DIA_DAY');
    expect(e.message).toMatch(/cần khoảng \d+ MB, còn trống 1 MB/);
    expect(left(folder)).toEqual([]);
  });

  it('removes a copy that fails its check and says which table differs', async () => {
    const store = await demoStore();
    const folder = tempDir();
    // A copy that lost a task on the way: the counts differ from the source's.
    const lossy = async (db: Parameters<typeof sqliteBackup>[0], file: string) => {
      await sqliteBackup(db, file);
      const copy = new Database(file);
      try {
        copy.pragma('foreign_keys = OFF');
        copy.prepare('DELETE FROM task WHERE id = (SELECT MAX(id) FROM task)').run();
      } finally {
        copy.close();
      }
    };
    const e = await refusal(backupToFolder(store.ctx.db, folder, at, { copy: lossy }));
    expect(e.code).toBe('SAO_LUU_KIEM_TRA_HONG');
    expect(e.message).toMatch(/bảng task có \d+ dòng, bản gốc có \d+/);
    expect(e.message).toContain('đã bị xóa');
    expect(left(folder)).toEqual([]);
  });

  it('removes a damaged copy (not a database) and says the check failed', async () => {
    const store = await demoStore();
    const folder = tempDir();
    const garbage = (_db: unknown, file: string) => {
      writeFileSync(file, Buffer.alloc(8192, 7));
      return Promise.resolve();
    };
    const e = await refusal(backupToFolder(store.ctx.db, folder, at, { copy: garbage }));
    expect(e.code).toBe('SAO_LUU_KIEM_TRA_HONG');
    expect(left(folder)).toEqual([]);
  });

  it('is the contract method backups.createIn: an empty folder is refused by its schema, a good one answers the check', async () => {
    const store = await demoStore();
    const route = createRouter(createHandlers(store.host));
    const empty = await route('backups.createIn', { folder: '  ' });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.error.message).toContain('Hãy chọn hoặc nhập thư mục sẽ chứa bản sao lưu.');
    const folder = tempDir();
    const made = await route('backups.createIn', { folder });
    expect(made.ok).toBe(true);
    if (made.ok) expect(made.value).toMatchObject({ check: { integrity: 'ok' } });
    expect(left(folder)).toHaveLength(1);
  });
});
