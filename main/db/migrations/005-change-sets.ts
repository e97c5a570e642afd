// Schema v5: change sets. Every action a person takes (a form save, a bulk update, a paste in the values
// grid, a merge of agencies, an undo) is one change set; its audit rows point to it, so the history shows
// "what the person did" and the action can be undone as a whole. Rows written before this migration have
// no change set (change_set_id NULL): they stay readable but cannot be undone.
export const sql = `
CREATE TABLE change_set (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,                        -- ISO instant, when the action was written
  actor       TEXT NOT NULL,                        -- who (the operator name of the settings)
  kind        TEXT NOT NULL,                        -- the API method ('tasks.bulkUpdate'), 'undo', or 'system'
  label       TEXT NOT NULL,                        -- what the person did, in Vietnamese
  reverts_id  INTEGER REFERENCES change_set (id),   -- the change set this one undoes (kind 'undo')
  reverted_by INTEGER REFERENCES change_set (id)    -- the undo that reverted this one
) STRICT;
CREATE INDEX change_set_reverts ON change_set (reverts_id);

ALTER TABLE audit ADD COLUMN change_set_id INTEGER REFERENCES change_set (id);
CREATE INDEX audit_change_set ON audit (change_set_id, seq);
`;
