import type { Db } from '../open';
import { sql as initial } from './001-initial';
import { sql as reportDrafts } from './002-report-drafts';
import { sql as meetingNotice } from './003-meeting-notice';
import { sql as integrity, up as integrityUp } from './004-integrity';
import { sql as changeSets } from './005-change-sets';
import { sql as valueVersions, up as backfillValueVersions } from './006-value-versions';
import { sql as collectionRounds } from './007-collection-rounds';
import { sql as trustCentre } from './008-trust-centre';
import { sql as sortKeys, up as fillSortKeys } from './009-sort-keys';
import { sql as codeOrder, up as fillMissingSortKeys } from './010-code-order';
import { sql as searchAfterCommit } from './011-search-after-commit';

/**
 * Numbered migrations, tracked in PRAGMA user_version, in ascending order; never edit or reorder a
 * migration that has shipped, add a new one instead (each gets its own test).
 * A migration is SQL, optionally followed by a step in code (`up`) for what SQL alone cannot do
 * (reading rows to report those an added rule rejects, filling a derived column). Both run in the
 * migration's one transaction, so a failure leaves the file at the previous version.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  up?: (db: Db) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'report-drafts', sql: reportDrafts },
  { version: 3, name: 'meeting-notice', sql: meetingNotice },
  { version: 4, name: 'integrity', sql: integrity, up: integrityUp },
  { version: 5, name: 'change-sets', sql: changeSets },
  { version: 6, name: 'value-versions', sql: valueVersions, up: backfillValueVersions },
  { version: 7, name: 'collection-rounds', sql: collectionRounds },
  { version: 8, name: 'trust-centre', sql: trustCentre },
  { version: 9, name: 'sort-keys', sql: sortKeys, up: fillSortKeys },
  { version: 10, name: 'code-order', sql: codeOrder, up: fillMissingSortKeys },
  { version: 11, name: 'search-after-commit', sql: searchAfterCommit },
];

/** The last migration's number (versions run in ascending order; a reserved number may be missing). */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
