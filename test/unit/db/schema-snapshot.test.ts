// The schema every migration together produces, compared with the checked-in snapshot
// (__snapshots__/schema.sql). A change to the schema must come as a new migration and shows up here
// as a diff to review. After adding a migration, update the snapshot with:
//   npx vitest run test/unit/db/schema-snapshot.test.ts -u
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../main/db/migrations';
import { migrate, schemaVersion } from '../../../main/db/open';
import { schemaLines } from './schemaDump';

describe('schema after all migrations', () => {
  it('equals the checked-in snapshot', async () => {
    const db = new Database(':memory:');
    try {
      migrate(db, 0);
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
      const text = `-- schema version ${SCHEMA_VERSION}\n${schemaLines(db).join('\n')}\n`;
      await expect(text).toMatchFileSnapshot('./__snapshots__/schema.sql');
    } finally {
      db.close();
    }
  });
});
