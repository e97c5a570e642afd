// Schema v7: spreadsheets in and out (issue 11).
//
// - database_identity: which database this is. A collection form names the database it was issued from
//   (never the file's path, which changes with every copy), so a form of another province's file is
//   refused saying so. One random id, made by this migration; the key that authenticates the forms lives
//   in the SecretStore under this id, never in the file.
// - collection_round / round_agency: a round (đợt cập nhật số liệu) asks agencies for the period's
//   progress and values by a deadline; per agency, when its form was last issued, how it was sent.
// - round_form_import: every returned form imported (or found to change nothing): the file's SHA-256,
//   the form's date and the change set it wrote, so the same file twice is recognised, status shows who
//   answered, and an undone import counts as not received.
// - plan_import / imported_task: a plan brought in from a spreadsheet, and per task the sheet, row and
//   the deadline and agencies as the annex wrote them ("Quý II/2025"), which the task itself cannot hold.
export const sql = `
CREATE TABLE database_identity (
  id         TEXT PRIMARY KEY,           -- 32 hex characters, random
  created_at TEXT NOT NULL
) STRICT;
INSERT INTO database_identity (id, created_at)
  VALUES (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

CREATE TABLE collection_round (
  id          TEXT PRIMARY KEY,
  plan_id     TEXT NOT NULL REFERENCES plan (id),
  period      TEXT NOT NULL,             -- '2026-Q4', '2026-H1', '2026-9M', '2026'
  due_date    TEXT NOT NULL,             -- the agencies' deadline, YYYY-MM-DD
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  archived_at TEXT
) STRICT;
CREATE INDEX collection_round_plan ON collection_round (plan_id, period);
CREATE INDEX collection_round_created ON collection_round (created_at);

CREATE TABLE round_agency (
  round_id     TEXT NOT NULL REFERENCES collection_round (id),
  agency_id    TEXT NOT NULL REFERENCES agency (id),
  issued_at    TEXT,                     -- when its latest form was made
  sent_at      TEXT,                     -- when the form went out (draft made, queued, or sent by hand)
  sent_channel TEXT CHECK (sent_channel IN ('eml', 'smtp', 'tay')),
  outbox_id    TEXT REFERENCES outbox (id),
  reminded_at  TEXT,                     -- the latest reminder
  PRIMARY KEY (round_id, agency_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX round_agency_agency ON round_agency (agency_id);

CREATE TABLE round_form_import (
  id             TEXT PRIMARY KEY,
  round_id       TEXT NOT NULL REFERENCES collection_round (id),
  agency_id      TEXT NOT NULL REFERENCES agency (id),
  file_name      TEXT NOT NULL,
  sha256         TEXT NOT NULL,
  form_issued_at TEXT NOT NULL,           -- the issue the form carries
  form_date      TEXT NOT NULL,           -- the day the agency saved it (file properties), else the import's
  imported_at    TEXT NOT NULL,
  change_set_id  INTEGER REFERENCES change_set (id), -- NULL: the form changed nothing
  updated_rows   INTEGER NOT NULL,
  unchanged_rows INTEGER NOT NULL
) STRICT;
CREATE INDEX round_form_import_round ON round_form_import (round_id, agency_id, imported_at);
CREATE INDEX round_form_import_sha ON round_form_import (sha256);
CREATE INDEX round_form_import_change_set ON round_form_import (change_set_id);

CREATE TABLE plan_import (
  id            TEXT PRIMARY KEY,
  plan_id       TEXT NOT NULL REFERENCES plan (id),
  file_name     TEXT NOT NULL,
  sha256        TEXT NOT NULL,
  imported_at   TEXT NOT NULL,
  change_set_id INTEGER REFERENCES change_set (id),
  summary       TEXT NOT NULL            -- JSON: counts of new, updated, unchanged, refused rows
) STRICT;
CREATE INDEX plan_import_plan ON plan_import (plan_id, imported_at);

CREATE TABLE imported_task (
  task_id       TEXT PRIMARY KEY REFERENCES task (id),
  import_id     TEXT NOT NULL REFERENCES plan_import (id),
  sheet         TEXT NOT NULL,
  row_number    INTEGER NOT NULL,
  due_text      TEXT NOT NULL,           -- the deadline as written: 'Quý II/2025', 'Thường xuyên'
  agencies_text TEXT NOT NULL,           -- the lead and supporting cells as written
  note          TEXT NOT NULL            -- the annex's Ghi chú
) STRICT;
CREATE INDEX imported_task_import ON imported_task (import_id);
`;
