// Shipped migrations are never edited: files at version N already ran migration N and will never run
// it again, so an edit would give new files a schema old ones lack. Each migration's SQL (the string
// that runs) and, for one with an `up` step, its source file (the step and the helpers it calls) are
// hashed here. A new migration adds its row; a failing row means a shipped migration was changed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../main/db/migrations';

const SHIPPED: Record<number, { sql: string; code?: string }> = {
  1: { sql: '2ddee667dcc239d283599bbacc9a7013d8313963909bf5b9f75afd76c489a489' }, // initial
  2: { sql: 'd71cd082381c8a677a44dd9ca9af5a15adbc7fea4450e02671c1c5059d9efbdd' }, // report-drafts
  3: { sql: 'b2660b3afd450b962f2115405bf6042ce0595e50eee329f3eddfa496f653d8fa' }, // meeting-notice
  4: {
    sql: '1886709f1b1dbefe6fd574750c803a4b5b9ccfe3d4861f01d653491d90aca486',
    code: '4f62e7893629bafbd6df2215e8a26148a71f7bfe437bfee90f06b2c84346fa44',
  }, // integrity
  5: { sql: '3f9f0a33bbed28927ade0fda66996ea38255dddcda1f7667af4ce3f705188f83' }, // change-sets
  6: {
    sql: '968e612e6ec248af62dcb8558ff261abb37f7f049283b0afab239d88953a3636',
    code: 'adb311fd9cec270683a8edd7861d116622f1f530d1d1ac1ec487b3cfd6f55719',
  }, // value-versions
  7: { sql: '9e28cfc4d402336c54bd2780854a3491440ba4df42076350097eda746e0f62eb' }, // collection-rounds
  8: { sql: '2404fa9750f7f808db417b7345ef07a8f464139ea40c4e95b39130282d95715a' }, // trust-centre
  9: {
    sql: '7c3f800d08d93623bee8e87d752e0fdb8a81a281cede258d1157a9045aa8f132',
    code: '0e7401a4bd2522b4ecd202f3dd56bb9a93450133f0ac89fc9f28283510db90a6',
  }, // sort-keys
  10: {
    sql: '4f27cbffb202881ffe8d15a84f72e479e9ae6241d56c26f3ddf70a220c20ee8e',
    code: 'edd20a5d5660c89fbad56a04e8139910c15a0a792bcce62420cbd1db05bce46c',
  }, // code-order
  11: { sql: '876b8012af365a05dc1d9af625be92a1b265d8bb90c825924afdf1a883d7fb01' }, // search-after-commit
};

const DIR = path.resolve(__dirname, '../../../main/db/migrations');
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const sourceOf = (version: number) => {
  const prefix = String(version).padStart(3, '0') + '-';
  const file = readdirSync(DIR).find((f) => f.startsWith(prefix) && f.endsWith('.ts'));
  if (!file) throw new Error(`no source file for migration ${version} in ${DIR}`);
  return readFileSync(path.join(DIR, file), 'utf8').replace(/\r\n/g, '\n');
};

describe('shipped migrations', () => {
  it('every migration has a recorded hash', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Object.keys(SHIPPED).map(Number));
  });

  for (const m of MIGRATIONS) {
    it(`migration ${m.version} (${m.name}) is unchanged`, () => {
      const recorded = SHIPPED[m.version];
      const actual = { sql: sha256(m.sql), ...(m.up ? { code: sha256(sourceOf(m.version)) } : {}) };
      expect(
        actual,
        `migration ${m.version} (${m.name}) has changed since it shipped. Migrations are never edited: ` +
          `restore it and add a new migration (main/db/migrations, with its own test in test/unit/db/).`,
      ).toEqual(recorded);
    });
  }
});
