// At open: a file whose search index was left behind (the process died between a write's commit and the
// flush that writes its search rows, see search.ts) gets the index rebuilt from the records. Imports the
// services of every searchable record, so each has registered its indexer before a rebuild.
import type { ServiceContext } from './context';
import { rebuildSearchIndex, searchIndexDirty } from './search';
import './agencies';
import './indicators';
import './meetings';
import './plans';
import './tasks';

/** Rebuilds the index when the file says it is behind; the number of records indexed, or null when it was not. */
export function recoverSearchIndex(ctx: ServiceContext): number | null {
  return searchIndexDirty(ctx) ? rebuildSearchIndex(ctx) : null;
}
