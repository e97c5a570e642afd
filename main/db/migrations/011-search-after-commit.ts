// Schema v11: the search index is written after commit (main/services/search.ts flushSearch), not inside
// each write, so a write of 2,000 tasks no longer carries 2,000 FTS5 rows. What is not written yet is
// known in memory; this one row says, on disk, that something is: a write sets `dirty` in its own
// transaction, the flush that writes the search rows clears it in its own. A process that dies between
// the two leaves it set, and the next open rebuilds the index from the records (recoverSearchIndex).
// The index of a file upgraded from v10 was written inside each write, so it starts clean.
export const sql = `
CREATE TABLE search_state (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  dirty INTEGER NOT NULL CHECK (dirty IN (0, 1))
) STRICT;
INSERT INTO search_state (id, dirty) VALUES (1, 0);
`;
