import type { SearchHit } from '../../shared/api/types';
import { foldVietnamese, ftsQuery } from '../../shared/text/fold';
import type { ServiceContext } from './context';
import { all, column, one, oneRow, sql, type SqlFragment } from '../db/sql';

export type SearchEntity = SearchHit['entity'];

/**
 * Keeps one row per record in the FTS5 index. The indexed text is folded by foldVietnamese (which,
 * unlike unicode61's remove_diacritics, also folds đ/Đ), and queries are folded the same way.
 */
export function indexForSearch(
  ctx: ServiceContext,
  entity: SearchEntity,
  id: string,
  title: string,
  subtitle: string,
  parts: (string | null | undefined)[],
  /** The record was created in this transaction: it has no search row to replace yet. */
  options: { fresh?: boolean } = {},
): void {
  const rowid = searchRowid(ctx, entity, id);
  if (!options.fresh) ctx.prepare('DELETE FROM search_index WHERE rowid = ?').run(rowid);
  const folded = foldVietnamese([title, subtitle, ...parts].filter(Boolean).join(' '));
  ctx
    .prepare(
      'INSERT INTO search_index (rowid, entity, entity_id, title, subtitle, folded) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(rowid, entity, id, title, subtitle, folded);
}

function searchRowid(ctx: ServiceContext, entity: SearchEntity, id: string): number {
  const row = oneRow<{ rowid: number }>(
    ctx,
    sql`INSERT INTO search_key (entity, entity_id) VALUES (${entity}, ${id})
       ON CONFLICT (entity, entity_id) DO UPDATE SET entity = excluded.entity RETURNING rowid`,
  );
  return row.rowid;
}

export function removeFromSearch(ctx: ServiceContext, entity: SearchEntity, id: string): void {
  const row = one<{ rowid: number }>(
    ctx,
    sql`SELECT rowid FROM search_key WHERE entity = ${entity} AND entity_id = ${id}`,
  );
  if (row) ctx.prepare('DELETE FROM search_index WHERE rowid = ?').run(row.rowid);
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
export const matchingIdsSql = (entity: SearchEntity, fts: string): SqlFragment =>
  sql`SELECT k.entity_id FROM search_index s CROSS JOIN search_key k ON k.rowid = s.rowid
     WHERE search_index MATCH ${fts} AND k.entity = ${entity}`;

/** Ids of one kind of record matching the user's text, for list filters. Null when the text has no words. */
export function matchingIds(ctx: ServiceContext, entity: SearchEntity, text: string): Set<string> | null {
  const query = ftsQuery(text);
  if (!query) return null;
  return new Set(column<string>(ctx, matchingIdsSql(entity, query)));
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
