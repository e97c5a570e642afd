// Migration 008 (trust list and centre): exactly version 8, the new tables with their columns and
// indexes, and an older file with data upgrading to a province's file with an empty trust list.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../main/db/migrations';
import { migrate, openDatabase, schemaVersion } from '../../../main/db/open';
import { fileRole } from '../../../main/services/centre/role';
import { createContext } from '../../../main/services/context';
import { getTrustList } from '../../../main/services/trust';
import { tempDir } from '../../helpers/store';

let dir: string;
beforeEach(() => {
  dir = tempDir('tiendo-m008-');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const NEW_TABLES = [
  'centre_deadline',
  'centre_identity',
  'centre_province',
  'receipt_issued',
  'received_file',
  'received_refusal',
  'submission_receipt',
  'trust_authority',
  'trust_crl',
  'trust_revoked',
  'trusted_signer',
];

const tables = (db: Database.Database) =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);
const indexes = (db: Database.Database, table: string) =>
  (db.prepare(`PRAGMA index_list(${table})`).all() as { name: string }[])
    .map((r) => r.name)
    .filter((n) => !n.startsWith('sqlite_autoindex'))
    .sort();

describe('migration 008: trust list and centre', () => {
  it('is number 8, named trust-centre', () => {
    expect(MIGRATIONS.find((m) => m.name === 'trust-centre')?.version).toBe(8);
  });

  it('adds the trust, centre and receipt tables, bumping user_version to exactly 8', () => {
    const db = new Database(path.join(dir, 'm.db'));
    try {
      migrate(db, 0, 7);
      const before = tables(db);
      migrate(db, 7, 8);
      expect(schemaVersion(db)).toBe(8);
      expect(tables(db).filter((t) => !before.includes(t))).toEqual(NEW_TABLES);
      const columns = (table: string) =>
        (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
      expect(columns('trusted_signer')).toEqual([
        'id',
        'name',
        'province',
        'province_key',
        'fingerprint',
        'certificate',
        'subject',
        'issuer',
        'not_before',
        'not_after',
        'source',
        'trusted_since',
        'added_by',
        'removed_at',
        'removed_by',
      ]);
      expect(columns('received_file')).toContain('certificates');
      expect(columns('submission_receipt')).toContain('submission_id');
      // An index for every filter: the fingerprint (one active row each), the serial, period and province.
      expect(indexes(db, 'trusted_signer')).toEqual([
        'trusted_signer_fingerprint',
        'trusted_signer_province',
      ]);
      expect(indexes(db, 'trust_revoked')).toContain('trust_revoked_serial');
      expect(indexes(db, 'received_file')).toEqual(
        expect.arrayContaining(['received_file_period', 'received_file_fingerprint']),
      );
      // One active entry per fingerprint; a removed one may be added again.
      const insert = db.prepare(
        `INSERT INTO trusted_signer (id, name, fingerprint, certificate, subject, issuer, not_before, not_after, source, trusted_since, added_by, removed_at)
         VALUES (?, 'UBND', 'AA', x'00', 's', 'i', 'a', 'b', 'certificate', 't', 'u', ?)`,
      );
      insert.run('1', 'removed');
      insert.run('2', null);
      expect(() => insert.run('3', null)).toThrow(/UNIQUE/);
      // A centre file has exactly one identity row.
      db.prepare(
        "INSERT INTO centre_identity (id, name, created_at, created_by) VALUES (1, 'Bộ', 't', 'u')",
      ).run();
      expect(() =>
        db
          .prepare(
            "INSERT INTO centre_identity (id, name, created_at, created_by) VALUES (2, 'Bộ', 't', 'u')",
          )
          .run(),
      ).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });

  it('upgrades an older file with data to a province’s file with an empty trust list', async () => {
    const file = path.join(dir, 'old.db');
    const old = new Database(file);
    migrate(old, 0, 6);
    old
      .prepare(
        `INSERT INTO plan (id, code, title, year_from, year_to, state, created_at, updated_at)
         VALUES ('p1', '45/KH-UBND', 'Kế hoạch 2026', 2026, 2026, 'dang_thuc_hien', 't', 't')`,
      )
      .run();
    old.close();
    const db = await openDatabase({ file, create: false });
    try {
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
      const ctx = createContext(db);
      expect(fileRole(ctx)).toBe('province');
      expect(getTrustList(ctx)).toEqual({ signers: [], authorities: [], crls: [] });
      expect(db.prepare('SELECT code FROM plan').get()).toEqual({ code: '45/KH-UBND' });
    } finally {
      db.close();
    }
  });
});
