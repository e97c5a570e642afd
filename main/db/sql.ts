// The one place SQL text is put together (in the spirit of Signal Desktop's `sql` tag, ts/sql/util.ts).
// `sql` is a tagged template: every `${value}` becomes a bound `?` parameter, and only a fragment made
// by `sql` itself (or joined from such fragments by `sqlJoin`) is spliced in as text. A plain string
// is therefore always bound as data, never spliced as SQL, so a value cannot change a query's shape.
// Column lists, table names and ORDER BY clauses are fragments written in the source with `sql`.
// The lint rule in eslint.config.mjs refuses `${}` templates passed to prepare()/exec() anywhere else.
import type { Statement } from 'better-sqlite3';
import type { z } from 'zod';
import type { Db } from './open';

/** What SQLite can bind (better-sqlite3 refuses booleans and undefined: pass 1/0 and null). */
export type SqlValue = string | number | bigint | null | Uint8Array;

/** A piece of SQL text with its bound values in order. Made only by `sql`, `sqlJoin` and `sqlIdentifier`. */
export class SqlFragment {
  // A private field makes the class nominal: a look-alike object literal is not a fragment.
  readonly #fragment = true;
  private constructor(
    readonly text: string,
    readonly params: readonly SqlValue[],
  ) {}

  /** True for a fragment made here (also as a type guard, for code that receives either). */
  static is(value: unknown): value is SqlFragment {
    return value instanceof SqlFragment && value.#fragment;
  }

  /** A fragment put into a plain string would lose its values: refuse it loudly instead. */
  toString(): never {
    throw new TypeError(`A SQL fragment was used as a string (${this.text}); splice it with the sql tag.`);
  }

  /** @internal Only this module builds fragments. */
  static make(text: string, params: readonly SqlValue[]): SqlFragment {
    return new SqlFragment(text, params);
  }
}

/** `sql\`SELECT id FROM task WHERE plan_id = ${planId}\``: the value is bound, fragments are spliced. */
export function sql(
  strings: TemplateStringsArray,
  ...values: readonly (SqlValue | SqlFragment)[]
): SqlFragment {
  let text = strings[0] ?? '';
  const params: SqlValue[] = [];
  values.forEach((value, i) => {
    if (SqlFragment.is(value)) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1] ?? '';
  });
  return SqlFragment.make(text, params);
}

/** Fragments joined by a separator fragment (default `, `), e.g. the SET list of an UPDATE. */
export function sqlJoin(parts: readonly SqlFragment[], separator: SqlFragment = sql`, `): SqlFragment {
  return SqlFragment.make(
    parts.map((p) => p.text).join(separator.text),
    parts.flatMap((p, i) => (i === 0 ? [...p.params] : [...separator.params, ...p.params])),
  );
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

/**
 * A table or column name (`task`, `t.code`) from the code's own closed lists (a table union, a
 * field-to-column map) as a fragment. Anything but a plain identifier is refused, so even a name that
 * came from elsewhere could not carry SQL.
 */
export function sqlIdentifier(name: string): SqlFragment {
  if (!IDENTIFIER.test(name)) throw new TypeError(`sqlIdentifier: "${name}" is not a plain SQL name`);
  return SqlFragment.make(name, []);
}

/** A value SQLite can bind, or a TypeError (what better-sqlite3 itself would refuse, said earlier). */
export function asSqlValue(value: unknown): SqlValue {
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'bigint' ||
    value instanceof Uint8Array
  )
    return value;
  throw new TypeError(`asSqlValue: SQLite cannot store a ${typeof value} value`);
}

/** An empty fragment, for optional clauses: `${filter ? sql\`AND …\` : sqlEmpty}`. */
export const sqlEmpty: SqlFragment = sql``;

/** Where statements come from: a service context (its cache) or a bare database connection. */
export type SqlSource = Db | { prepare: (text: string) => Statement };

const caches = new WeakMap<Db, Map<string, Statement>>();

/** The statement for this text, prepared once per connection (preparing is costly) and reused. */
export function cachedStatement(db: Db, text: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let stmt = cache.get(text);
  if (!stmt) {
    stmt = db.prepare(text);
    cache.set(text, stmt);
  }
  return stmt;
}

const isDb = (source: SqlSource): source is Db => 'open' in source && 'pragma' in source;

function statement(source: SqlSource, query: SqlFragment): Statement {
  return isDb(source) ? cachedStatement(source, query.text) : source.prepare(query.text);
}

// The row helpers. A row type given without a schema is the caller's word for what the SELECT list
// returns (the columns are written beside it); rows whose shape is not obvious from the query
// (JSON columns, computed values) should pass a zod schema, which is checked row by row.

/** The first row, or undefined when there is none. */
export function one<Row>(source: SqlSource, query: SqlFragment): Row | undefined;
export function one<S extends z.ZodType>(
  source: SqlSource,
  query: SqlFragment,
  schema: S,
): z.infer<S> | undefined;
export function one(source: SqlSource, query: SqlFragment, schema?: z.ZodType): unknown {
  // Statements are shared: `column`/`value` may have left this one plucking.
  const row: unknown = statement(source, query)
    .pluck(false)
    .get(...query.params);
  return schema && row !== undefined ? schema.parse(row) : row;
}

/** The row of a query that always returns one (an aggregate such as COUNT): a missing row is a bug. */
export function oneRow<Row>(source: SqlSource, query: SqlFragment): Row;
export function oneRow<S extends z.ZodType>(source: SqlSource, query: SqlFragment, schema: S): z.infer<S>;
export function oneRow(source: SqlSource, query: SqlFragment, schema?: z.ZodType): unknown {
  const row: unknown = schema ? one(source, query, schema) : one(source, query);
  if (row === undefined) throw new Error(`oneRow: the query returned no row: ${query.text}`);
  return row;
}

/** Every row. */
export function all<Row>(source: SqlSource, query: SqlFragment): Row[];
export function all<S extends z.ZodType>(source: SqlSource, query: SqlFragment, schema: S): z.infer<S>[];
export function all(source: SqlSource, query: SqlFragment, schema?: z.ZodType): unknown[] {
  const rows: unknown[] = statement(source, query)
    .pluck(false)
    .all(...query.params);
  return schema ? rows.map((row) => schema.parse(row)) : rows;
}

/** The first column of every row (`SELECT id FROM …`). */
export function column<Value extends SqlValue>(source: SqlSource, query: SqlFragment): Value[] {
  return statement(source, query)
    .pluck()
    .all(...query.params) as Value[];
}

/** The first column of the first row, or undefined. */
export function value<Value extends SqlValue>(source: SqlSource, query: SqlFragment): Value | undefined {
  return statement(source, query)
    .pluck()
    .get(...query.params) as Value | undefined;
}

/** Runs a write; returns how many rows changed and the last inserted rowid. */
export function run(
  source: SqlSource,
  query: SqlFragment,
): { changes: number; lastInsertRowid: number | bigint } {
  return statement(source, query).run(...query.params);
}
