import type { SearchHit } from '../../shared/api/types';
import { foldVietnamese, ftsQuery } from '../../shared/text/fold';
import type { ServiceContext } from './context';
import { all, one, oneRow, sql } from '../db/sql';

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
 * SQL for the ids of one kind of record matching a folded query, for a list's `id IN (…)`: bind @fts
 * (ftsQuery of the person's text) and @entity. The ids stay inside SQLite instead of travelling to
 * JavaScript and back as a JSON list.
 */
export const MATCHING_IDS_SQL =
  'SELECT entity_id FROM search_index WHERE search_index MATCH @fts AND entity = @entity';

/** Ids of one kind of record matching the user's text, for list filters. Null when the text has no words. */
export function matchingIds(ctx: ServiceContext, entity: SearchEntity, text: string): Set<string> | null {
  const query = ftsQuery(text);
  if (!query) return null;
  const rows = all<{ entity_id: string }>(
    ctx,
    sql`SELECT entity_id FROM search_index WHERE search_index MATCH ${query} AND entity = ${entity}`,
  );
  return new Set(rows.map((r) => r.entity_id));
}

export function search(ctx: ServiceContext, text: string, limit: number): SearchHit[] {
  const query = ftsQuery(text);
  if (!query) return [];
  const rows = all<{ entity: SearchEntity; entity_id: string; title: string; snippet: string }>(
    ctx,
    sql`SELECT entity, entity_id, title, subtitle AS snippet
       FROM search_index WHERE search_index MATCH ${query} ORDER BY rank LIMIT ${limit}`,
  );
  return rows.map((r) => ({ entity: r.entity, id: r.entity_id, title: r.title, snippet: r.snippet }));
}
