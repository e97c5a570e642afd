// Schema v1: the whole domain model of DESIGN.md (see the SQL comments).
export const sql = `
-- Schema v1: the whole domain model of DESIGN.md.
-- Ids are UUID text so files from two installs can be merged later; code is what people use.
-- Dates are ISO text: 'YYYY-MM-DD' for calendar dates, full ISO-8601 UTC for instants.
-- archived_at is a soft delete: nothing a report or the audit log refers to is ever removed.

CREATE TABLE setting (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL,            -- JSON
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE agency (
  id           TEXT PRIMARY KEY,
  code         TEXT NOT NULL,
  name         TEXT NOT NULL,
  short_name   TEXT,
  kind         TEXT NOT NULL CHECK (kind IN ('so_ban_nganh', 'ubnd_xa', 'doanh_nghiep', 'khac')),
  email        TEXT,
  valid_from   TEXT,
  valid_to     TEXT,
  successor_id TEXT REFERENCES agency (id),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  archived_at  TEXT
) STRICT;
CREATE UNIQUE INDEX agency_code ON agency (code) WHERE archived_at IS NULL;
CREATE INDEX agency_successor ON agency (successor_id);

CREATE TABLE pillar (
  id          TEXT PRIMARY KEY,
  code        TEXT NOT NULL,
  name        TEXT NOT NULL,
  group_name  TEXT NOT NULL CHECK (group_name IN ('tru_cot', 'nen_tang')),
  sort_order  INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  archived_at TEXT
) STRICT;
CREATE UNIQUE INDEX pillar_code ON pillar (code) WHERE archived_at IS NULL;

CREATE TABLE plan (
  id            TEXT PRIMARY KEY,
  code          TEXT NOT NULL,          -- document number, e.g. '45/KH-UBND'
  title         TEXT NOT NULL,
  year_from     INTEGER NOT NULL,
  year_to       INTEGER NOT NULL,
  issued_on     TEXT,
  issued_by     TEXT,
  basis         TEXT NOT NULL DEFAULT '', -- basis documents (căn cứ), one per line
  state         TEXT NOT NULL CHECK (state IN ('du_thao', 'dang_thuc_hien', 'da_ket_thuc')),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  archived_at   TEXT,
  CHECK (year_to >= year_from)
) STRICT;

CREATE TABLE meeting (
  id            TEXT PRIMARY KEY,
  number        INTEGER NOT NULL,
  title         TEXT NOT NULL DEFAULT '',
  held_on       TEXT NOT NULL,
  chair         TEXT NOT NULL DEFAULT '',
  mode          TEXT NOT NULL DEFAULT 'truc_tiep' CHECK (mode IN ('truc_tiep', 'truc_tuyen', 'ket_hop')),
  location      TEXT NOT NULL DEFAULT '',
  attendees     TEXT NOT NULL DEFAULT '',
  agenda        TEXT NOT NULL DEFAULT '',
  notice_number TEXT,                   -- Thông báo kết luận number
  notice_date   TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  archived_at   TEXT
) STRICT;
CREATE INDEX meeting_held_on ON meeting (held_on);

CREATE TABLE conclusion (
  id           TEXT PRIMARY KEY,
  meeting_id   TEXT NOT NULL REFERENCES meeting (id),
  seq          INTEGER NOT NULL,
  text         TEXT NOT NULL,
  agency_id    TEXT REFERENCES agency (id),
  pillar_id    TEXT REFERENCES pillar (id),
  due_date     TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  archived_at  TEXT
) STRICT;
CREATE INDEX conclusion_meeting ON conclusion (meeting_id, seq);
CREATE INDEX conclusion_agency ON conclusion (agency_id);

CREATE TABLE task (
  id             TEXT PRIMARY KEY,
  plan_id        TEXT NOT NULL REFERENCES plan (id),
  code           TEXT NOT NULL,
  title          TEXT NOT NULL,
  pillar_id      TEXT REFERENCES pillar (id),
  lead_agency_id TEXT REFERENCES agency (id),
  output         TEXT NOT NULL DEFAULT '',   -- sản phẩm
  start_date     TEXT,
  due_date       TEXT,                       -- NULL = thường xuyên (no deadline)
  state          TEXT NOT NULL CHECK (state IN ('chua_thuc_hien', 'dang_thuc_hien', 'hoan_thanh', 'tam_dung', 'huy_bo')),
  progress       INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  completed_on   TEXT,
  result         TEXT NOT NULL DEFAULT '',
  difficulties   TEXT NOT NULL DEFAULT '',
  proposals      TEXT NOT NULL DEFAULT '',
  source_text    TEXT NOT NULL DEFAULT '',   -- a document the task comes from
  conclusion_id  TEXT REFERENCES conclusion (id),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  archived_at    TEXT,
  CHECK (state <> 'hoan_thanh' OR completed_on IS NOT NULL)
) STRICT;
-- One index per filter the task list offers (plan first: every view is per plan).
CREATE INDEX task_plan_code ON task (plan_id, code);
CREATE INDEX task_plan_due ON task (plan_id, due_date);
CREATE INDEX task_plan_state ON task (plan_id, state, due_date);
CREATE INDEX task_pillar ON task (pillar_id);
CREATE INDEX task_lead_agency ON task (lead_agency_id);
CREATE INDEX task_conclusion ON task (conclusion_id);
CREATE INDEX task_updated ON task (updated_at);

CREATE TABLE task_supporting_agency (
  task_id   TEXT NOT NULL REFERENCES task (id),
  agency_id TEXT NOT NULL REFERENCES agency (id),
  PRIMARY KEY (task_id, agency_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX task_supporting_agency_agency ON task_supporting_agency (agency_id);

CREATE TABLE indicator (
  id             TEXT PRIMARY KEY,
  plan_id        TEXT REFERENCES plan (id),
  code           TEXT NOT NULL,
  name           TEXT NOT NULL,
  unit           TEXT NOT NULL,
  pillar_id      TEXT REFERENCES pillar (id),
  direction      TEXT NOT NULL CHECK (direction IN ('increase', 'decrease')),
  lead_agency_id TEXT REFERENCES agency (id),
  definition     TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  archived_at    TEXT
) STRICT;
CREATE INDEX indicator_plan ON indicator (plan_id, code);
CREATE INDEX indicator_pillar ON indicator (pillar_id);
CREATE INDEX indicator_lead_agency ON indicator (lead_agency_id);

CREATE TABLE indicator_target (
  id           TEXT PRIMARY KEY,
  indicator_id TEXT NOT NULL REFERENCES indicator (id),
  year         INTEGER NOT NULL,
  baseline     REAL,
  target       REAL NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  UNIQUE (indicator_id, year)
) STRICT;

CREATE TABLE indicator_value (
  id           TEXT PRIMARY KEY,
  indicator_id TEXT NOT NULL REFERENCES indicator (id),
  period       TEXT NOT NULL,           -- '2025-Q1'..'2025-Q4', '2025-H1', '2025-9M', '2025'
  period_end   TEXT NOT NULL,           -- cut-off date of the period (Nghị định 09/2019), for ordering
  value        REAL NOT NULL,
  note         TEXT NOT NULL DEFAULT '',
  evidence     TEXT NOT NULL DEFAULT '',
  entered_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  UNIQUE (indicator_id, period)
) STRICT;
CREATE INDEX indicator_value_end ON indicator_value (indicator_id, period_end);
CREATE INDEX indicator_value_entered ON indicator_value (entered_at);

CREATE TABLE submission (
  id           TEXT PRIMARY KEY,
  kind         TEXT NOT NULL,           -- 'bao_cao_dinh_ky', 'tai_lieu_phien_hop', 'thong_bao_ket_luan'
  plan_id      TEXT REFERENCES plan (id),
  meeting_id   TEXT REFERENCES meeting (id),
  period       TEXT,
  doc_number   TEXT NOT NULL DEFAULT '',
  file_name    TEXT NOT NULL,
  sha256       TEXT NOT NULL,
  signer       TEXT,
  created_at   TEXT NOT NULL,
  sent_at      TEXT,
  channel      TEXT NOT NULL DEFAULT 'file' CHECK (channel IN ('file', 'eml', 'smtp')),
  state        TEXT NOT NULL CHECK (state IN ('tao_moi', 'da_ky', 'cho_gui', 'da_gui', 'loi'))
) STRICT;
CREATE INDEX submission_created ON submission (created_at);

-- SMTP outbox: queued mail survives restarts; sent when the server answers.
CREATE TABLE outbox (
  id              TEXT PRIMARY KEY,
  submission_id   TEXT REFERENCES submission (id),
  to_address      TEXT NOT NULL,
  subject         TEXT NOT NULL,
  eml             BLOB NOT NULL,        -- the full RFC 5322 message
  state           TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error      TEXT,
  created_at      TEXT NOT NULL,
  sent_at         TEXT
) STRICT;
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);

CREATE TABLE audit (
  seq       INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action    TEXT NOT NULL,             -- create, update, archive, merge, ...
  before    TEXT,                      -- JSON
  after     TEXT                       -- JSON
) STRICT;
CREATE INDEX audit_entity ON audit (entity, entity_id, seq);
CREATE INDEX audit_at ON audit (at);

-- Diacritic-insensitive search: folded holds text folded by shared/text/fold.ts (which also folds đ/Đ,
-- unlike FTS5's unicode61 tokenizer), so queries are folded the same way before MATCH.
-- search_key gives each record a stable rowid in the FTS table, so re-indexing one record is a
-- rowid lookup instead of a scan over UNINDEXED columns.
CREATE TABLE search_key (
  rowid     INTEGER PRIMARY KEY,
  entity    TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  UNIQUE (entity, entity_id)
) STRICT;
CREATE VIRTUAL TABLE search_index USING fts5 (
  entity UNINDEXED,
  entity_id UNINDEXED,
  title UNINDEXED,
  subtitle UNINDEXED,
  folded,
  tokenize = 'unicode61 remove_diacritics 2'
);
`;
