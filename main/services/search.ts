import type { SearchHit } from '../../shared/api/types';
import { foldVietnamese, ftsQuery } from '../../shared/text/fold';
import type { Db } from '../db/open';
import type { ServiceContext } from './context';
import { all, column, one, oneRow, sql, sqlIdentifier, type SqlFragment } from '../db/sql';

export type SearchEntity = SearchHit['entity'];

/** What a record shows in a search result and is found by. */
export interface SearchText {
  title: string;
  subtitle: string;
  /** More text the record is found by, not shown. */
  parts: (string | null | undefined)[];
}

/** The search text of a live record, read from its committed state (the record's own service knows it). */
export type SearchIndexer = (ctx: ServiceContext, id: string) => SearchText;

export const SEARCH_ENTITIES: readonly SearchEntity[] = [
  'task',
  'indicator',
  'agency',
  'meeting',
  'plan',
  'conclusion',
];

const indexers = new Map<SearchEntity, SearchIndexer>();

/**
 * Each searchable record's service registers how its search text is made (at the bottom of tasks.ts,
 * agencies.ts, plans.ts, indicators.ts, meetings.ts): search.ts cannot import them, as they import it.
 */
export function registerSearchIndexer(entity: SearchEntity, indexer: SearchIndexer): void {
  indexers.set(entity, indexer);
}

function indexerOf(entity: SearchEntity): SearchIndexer {
  const indexer = indexers.get(entity);
  // A programming error (the record's service module was never loaded), never the person's.
  if (!indexer) throw new Error(`search: no indexer registered for "${entity}"`);
  return indexer;
}

/*
 * The index is written after commit, not inside the write (as Joplin's search engine is filled from its
 * change table): a write marks the records it touched, and their search rows are derived again from
 * their committed state by flushSearch, which runs after every backend call that wrote, before every
 * search read (so a search always sees every write before it) and when the file is closed. Deriving
 * from the committed state makes a rolled-back write's marks harmless. The search_state row's dirty
 * flag is set in the writing transaction itself and cleared with the flush, so a process that dies
 * between the two leaves it set, and the next open rebuilds the index (recoverSearchIndex).
 */
interface Pending {
  /** Marked and not yet flushed by a committed flush. */
  marked: Map<string, { entity: SearchEntity; id: string }>;
  /** Written by a flush inside a transaction still open (it may roll back): written again by the next flush outside one. */
  unconfirmed: Map<string, { entity: SearchEntity; id: string }>;
}
const pendingByDb = new WeakMap<Db, Pending>();

function pendingOf(db: Db): Pending {
  let p = pendingByDb.get(db);
  if (!p) {
    p = { marked: new Map(), unconfirmed: new Map() };
    pendingByDb.set(db, p);
  }
  return p;
}

/** Records that the search row of a record may have changed (created, edited, archived, restored, merged). */
export function markForSearch(ctx: ServiceContext, entity: SearchEntity, id: string): void {
  pendingOf(ctx.db).marked.set(`${entity}:${id}`, { entity, id });
  // A no-op once set: one small write per transaction at most, rolled back with it.
  ctx.prepare('UPDATE search_state SET dirty = 1 WHERE id = 1 AND dirty = 0').run();
}

/** True when records were marked and their search rows are not written yet. */
export function searchPending(db: Db): boolean {
  const p = pendingByDb.get(db);
  return Boolean(p && (p.marked.size > 0 || p.unconfirmed.size > 0));
}

/**
 * Writes the search rows of every marked record from its committed state. Outside a transaction it is
 * one IMMEDIATE transaction that also clears the dirty flag; inside one (a search inside a write) it
 * writes the rows there and keeps them to write again, as that transaction may still roll back.
 */
export function flushSearch(ctx: ServiceContext): void {
  const p = pendingByDb.get(ctx.db);
  if (!p || (p.marked.size === 0 && p.unconfirmed.size === 0)) {
    // Nothing marked here, yet the file says rows are missing: another connection wrote and has not
    // flushed (a tool, a test's fixtures) or died before it could. Only a rebuild knows what it touched.
    if (!ctx.db.inTransaction && !ctx.db.readonly && searchIndexDirty(ctx)) rebuildSearchIndex(ctx);
    return;
  }
  if (ctx.db.inTransaction) {
    for (const [key, r] of p.marked) {
      writeSearchRow(ctx, r.entity, r.id);
      p.unconfirmed.set(key, r);
    }
    p.marked.clear();
    return;
  }
  // A record written inside a transaction and marked again since is in both maps: written once.
  const records = new Map([...p.unconfirmed, ...p.marked]).values();
  ctx.db
    .transaction(() => {
      for (const r of records) writeSearchRow(ctx, r.entity, r.id);
      ctx.prepare('UPDATE search_state SET dirty = 0 WHERE id = 1').run();
    })
    .immediate();
  p.marked.clear();
  p.unconfirmed.clear();
}

/** True when the file was left with marked records unwritten (the process died before its flush). */
export function searchIndexDirty(ctx: ServiceContext): boolean {
  return one<{ dirty: number }>(ctx, sql`SELECT dirty FROM search_state WHERE id = 1`)?.dirty === 1;
}

/** Every live record's search row written again, in one transaction; the dirty flag cleared. */
export function rebuildSearchIndex(ctx: ServiceContext): number {
  const missing = SEARCH_ENTITIES.filter((e) => !indexers.has(e));
  if (missing.length > 0) throw new Error(`search: no indexer registered for ${missing.join(', ')}`);
  let count = 0;
  ctx.db
    .transaction(() => {
      ctx.prepare('DELETE FROM search_index').run();
      for (const entity of SEARCH_ENTITIES) {
        const ids = column<string>(
          ctx,
          sql`SELECT id FROM ${sqlIdentifier(entity)} WHERE archived_at IS NULL ORDER BY rowid`,
        );
        for (const id of ids)
          insertRow(ctx, entity, id, searchRowid(ctx, entity, id), indexerOf(entity)(ctx, id));
        count += ids.length;
      }
      ctx.prepare('UPDATE search_state SET dirty = 0 WHERE id = 1').run();
    })
    .immediate();
  const p = pendingByDb.get(ctx.db);
  p?.marked.clear();
  p?.unconfirmed.clear();
  return count;
}

/** One record's search row as its committed state says: written when live, removed when archived or gone. */
function writeSearchRow(ctx: ServiceContext, entity: SearchEntity, id: string): void {
  const state = one<{ archived_at: string | null }>(
    ctx,
    sql`SELECT archived_at FROM ${sqlIdentifier(entity)} WHERE id = ${id}`,
  );
  const key = one<{ rowid: number }>(
    ctx,
    sql`SELECT rowid FROM search_key WHERE entity = ${entity} AND entity_id = ${id}`,
  );
  if (key) ctx.prepare('DELETE FROM search_index WHERE rowid = ?').run(key.rowid);
  if (!state || state.archived_at !== null) return;
  insertRow(ctx, entity, id, key?.rowid ?? searchRowid(ctx, entity, id), indexerOf(entity)(ctx, id));
}

/**
 * The FTS5 row. The indexed text is folded by foldVietnamese (which, unlike unicode61's
 * remove_diacritics, also folds đ/Đ), and queries are folded the same way.
 */
function insertRow(
  ctx: ServiceContext,
  entity: SearchEntity,
  id: string,
  rowid: number,
  text: SearchText,
): void {
  const folded = foldVietnamese([text.title, text.subtitle, ...text.parts].filter(Boolean).join(' '));
  ctx
    .prepare(
      'INSERT INTO search_index (rowid, entity, entity_id, title, subtitle, folded) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(rowid, entity, id, text.title, text.subtitle, folded);
}

function searchRowid(ctx: ServiceContext, entity: SearchEntity, id: string): number {
  const row = oneRow<{ rowid: number }>(
    ctx,
    sql`INSERT INTO search_key (entity, entity_id) VALUES (${entity}, ${id})
       ON CONFLICT (entity, entity_id) DO UPDATE SET entity = excluded.entity RETURNING rowid`,
  );
  return row.rowid;
}

/**
 * The ids of one kind of record matching a folded query (ftsQuery of the person's text), as a subquery
 * for a list's `id IN (…)`: the ids stay inside SQLite instead of travelling to JavaScript and back as a
 * JSON list. Each match's kind and id are read from search_key, the small table that gave the FTS row its
 * rowid (a rowid lookup, many keys to a page), not from the FTS table's UNINDEXED columns, which would read
 * the match's whole stored text (its content row) only to compare the kind: 5x the cost of the match
 * itself at 10,000 tasks. CROSS JOIN keeps the FTS match first (one pass over its doclists), never a walk
 * over every key of the kind probing the index one rowid at a time.
 */
export function matchingIdsSql(ctx: ServiceContext, entity: SearchEntity, fts: string): SqlFragment {
  flushSearch(ctx); // the query runs next: it sees every write before it
  return matchingIdsQuery(entity, fts);
}

/** matchingIdsSql without the flush, for a query of the same call after one that flushed. */
export const matchingIdsQuery = (entity: SearchEntity, fts: string): SqlFragment =>
  sql`SELECT k.entity_id FROM search_index s CROSS JOIN search_key k ON k.rowid = s.rowid
     WHERE search_index MATCH ${fts} AND k.entity = ${entity}`;

/** Ids of one kind of record matching the user's text, for list filters. Null when the text has no words. */
export function matchingIds(ctx: ServiceContext, entity: SearchEntity, text: string): Set<string> | null {
  const query = ftsQuery(text);
  if (!query) return null;
  return new Set(column<string>(ctx, matchingIdsSql(ctx, entity, query)));
}

/**
 * How many matches at most are ranked for one search. FTS5's `ORDER BY rank` computes bm25 for every
 * match and sorts them all, so a common word cost in proportion to every record containing it (166 ms
 * for 20,750 matches in a 100,000-task file, against 14 ms at 10,000 tasks). The ranking runs on the
 * first RANK_CANDIDATES matches in index order (the order records were first indexed) instead: exact
 * whenever a word matches fewer records than this, and a bounded cost when it matches more, where the
 * person narrows the search with a second word anyway.
 */
export const RANK_CANDIDATES = 1000;

export function search(ctx: ServiceContext, text: string, limit: number): SearchHit[] {
  const query = ftsQuery(text);
  if (!query) return [];
  flushSearch(ctx);
  // The inner query stops after RANK_CANDIDATES rows (no ORDER BY: FTS5 walks its doclists in rowid
  // order), computing rank for those only; the columns are read for the `limit` rows kept. A conclusion
  // opens in its meeting: the same read names the meeting, so neither the window nor this loop asks again.
  const rows = all<{
    entity: SearchEntity;
    entity_id: string;
    title: string;
    snippet: string;
    meeting_id: string | null;
  }>(
    ctx,
    sql`SELECT s.entity, s.entity_id, s.title, s.subtitle AS snippet, k.meeting_id
       FROM (SELECT rowid AS hit, rank AS score FROM search_index WHERE search_index MATCH ${query} LIMIT ${RANK_CANDIDATES}) c
       JOIN search_index s ON s.rowid = c.hit
       LEFT JOIN conclusion k ON s.entity = 'conclusion' AND k.id = s.entity_id
       ORDER BY c.score, c.hit LIMIT ${limit}`,
  );
  return rows.map((r) => {
    const hit: SearchHit = { entity: r.entity, id: r.entity_id, title: r.title, snippet: r.snippet };
    return r.meeting_id ? { ...hit, meetingId: r.meeting_id } : hit;
  });
}
