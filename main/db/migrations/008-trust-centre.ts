// Schema v8: the trust list (signers a person confirmed, CA certificates and revocation lists imported
// offline), the centre's side (a centre file is marked by its one centre_identity row; the reports it
// received, with their bytes, the files it refused and why, the provinces it expects, a deadline per
// period, the receipts it wrote), and on a province's side the receipts that came back for its submissions.
// Every table is new: an older file gains them empty, and stays a province's file.
export const sql = `
-- A person confirmed this certificate (fingerprint compared): its signatures are trusted. name is the body
-- ('UBND tỉnh Lâm Đồng'); province is the province whose reports it signs, as the reports name it
-- ('Tỉnh Lâm Đồng'), or NULL for a body that signs no province's report (the centre, on a province's list).
CREATE TABLE trusted_signer (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  province      TEXT,
  province_key  TEXT,                        -- province folded (shared/text/fold), for matching
  fingerprint   TEXT NOT NULL,               -- SHA-256, upper-case hex with colons (as node:crypto prints it)
  certificate   BLOB NOT NULL,               -- DER
  subject       TEXT NOT NULL,
  issuer        TEXT NOT NULL,
  not_before    TEXT NOT NULL,
  not_after     TEXT NOT NULL,
  source        TEXT NOT NULL CHECK (source IN ('certificate', 'report')),
  trusted_since TEXT NOT NULL,
  added_by      TEXT NOT NULL,
  removed_at    TEXT,
  removed_by    TEXT
) STRICT;
CREATE UNIQUE INDEX trusted_signer_fingerprint ON trusted_signer (fingerprint) WHERE removed_at IS NULL;
CREATE INDEX trusted_signer_province ON trusted_signer (province_key);

-- CA certificates under which a chain is accepted (the national root, the government root, their CAs).
CREATE TABLE trust_authority (
  id           TEXT PRIMARY KEY,
  name         TEXT NOT NULL,
  fingerprint  TEXT NOT NULL,
  certificate  BLOB NOT NULL,
  subject      TEXT NOT NULL,
  not_before   TEXT NOT NULL,
  not_after    TEXT NOT NULL,
  added_at     TEXT NOT NULL,
  added_by     TEXT NOT NULL,
  removed_at   TEXT,
  removed_by   TEXT
) STRICT;
CREATE UNIQUE INDEX trust_authority_fingerprint ON trust_authority (fingerprint) WHERE removed_at IS NULL;

-- Revocation lists imported from files, each checked against the CA certificate that signed it; their
-- entries are kept indexed by serial number.
CREATE TABLE trust_crl (
  id            TEXT PRIMARY KEY,
  authority_id  TEXT NOT NULL REFERENCES trust_authority (id),
  issuer        TEXT NOT NULL,
  this_update   TEXT NOT NULL,
  next_update   TEXT,
  sha256        TEXT NOT NULL UNIQUE,
  content       BLOB NOT NULL,
  entries       INTEGER NOT NULL,
  imported_at   TEXT NOT NULL,
  imported_by   TEXT NOT NULL
) STRICT;
CREATE INDEX trust_crl_authority ON trust_crl (authority_id);
CREATE TABLE trust_revoked (
  crl_id      TEXT NOT NULL REFERENCES trust_crl (id),
  serial      TEXT NOT NULL,                 -- upper-case hex without leading zeros
  revoked_at  TEXT NOT NULL,
  reason      TEXT,
  PRIMARY KEY (crl_id, serial)
) STRICT, WITHOUT ROWID;
CREATE INDEX trust_revoked_serial ON trust_revoked (serial);

-- Present (one row) only in a centre's file: what makes it one.
CREATE TABLE centre_identity (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  name        TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL
) STRICT;

-- The provinces the centre expects reports from (the 34 after 2025, editable).
CREATE TABLE centre_province (
  key         TEXT PRIMARY KEY,              -- name folded
  name        TEXT NOT NULL,                 -- 'Tỉnh Lâm Đồng', 'Thành phố Hà Nội'
  sort_order  INTEGER NOT NULL
) STRICT;

CREATE TABLE centre_deadline (
  period      TEXT PRIMARY KEY,              -- '2026-Q4'
  deadline    TEXT NOT NULL,                 -- YYYY-MM-DD, the last day a report is on time
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL
) STRICT;

-- A received file that verified intact with a valid certificate, kept with its bytes: the model is the
-- JSON of its signed model part exactly as read; who vouches for the signer is judged again from the
-- certificates kept here whenever the trust list changes. A province's second file for the same document
-- and period is one more row (a new version).
CREATE TABLE received_file (
  id             TEXT PRIMARY KEY,
  sha256         TEXT NOT NULL UNIQUE,
  file_name      TEXT NOT NULL,
  content        BLOB NOT NULL,
  size           INTEGER NOT NULL,
  received_at    TEXT NOT NULL,
  received_by    TEXT NOT NULL,
  arrived_at     TEXT NOT NULL,              -- what on time / late is judged by (main/services/centre/receive.ts)
  via            TEXT NOT NULL CHECK (via IN ('file', 'eml')),
  mail_from      TEXT,
  mail_subject   TEXT,
  mail_message_id TEXT,
  mail_date      TEXT,
  document       TEXT NOT NULL CHECK (document IN ('report', 'briefing', 'notice')),
  province       TEXT NOT NULL,
  province_key   TEXT NOT NULL,
  period         TEXT,                       -- the report's period key; NULL for a meeting document
  doc_number     TEXT NOT NULL,
  title          TEXT NOT NULL,
  model          TEXT NOT NULL,
  signer_subject TEXT NOT NULL,
  signer_name    TEXT NOT NULL,
  fingerprint    TEXT NOT NULL,
  certificates   TEXT NOT NULL,              -- JSON array of base64 DER: the signer's, then the chain
  signing_time   TEXT NOT NULL
) STRICT;
CREATE INDEX received_file_period ON received_file (period, province_key, signing_time);
CREATE INDEX received_file_fingerprint ON received_file (fingerprint);
CREATE INDEX received_file_received ON received_file (received_at);

-- Files the centre refused, with the reason; their bytes are not kept.
CREATE TABLE received_refusal (
  id           TEXT PRIMARY KEY,
  file_name    TEXT NOT NULL,
  sha256       TEXT NOT NULL,
  size         INTEGER NOT NULL,
  via          TEXT NOT NULL CHECK (via IN ('file', 'eml')),
  reason       TEXT NOT NULL,
  received_at  TEXT NOT NULL,
  received_by  TEXT NOT NULL
) STRICT;
CREATE INDEX received_refusal_received ON received_refusal (received_at);

-- The signed receipts the centre wrote for received files.
CREATE TABLE receipt_issued (
  id           TEXT PRIMARY KEY,
  received_id  TEXT NOT NULL REFERENCES received_file (id),
  sha256       TEXT NOT NULL,
  content      BLOB NOT NULL,
  signer       TEXT,
  issued_at    TEXT NOT NULL,
  issued_by    TEXT NOT NULL
) STRICT;
CREATE INDEX receipt_issued_received ON receipt_issued (received_id);

-- On a province's side: a receipt the centre sent back for one of its submissions, verified intact.
CREATE TABLE submission_receipt (
  id             TEXT PRIMARY KEY,
  submission_id  TEXT NOT NULL REFERENCES submission (id),
  sha256         TEXT NOT NULL UNIQUE,
  content        BLOB NOT NULL,
  centre         TEXT NOT NULL,
  received_at    TEXT NOT NULL,              -- when the centre received the report, as the receipt says
  signer_subject TEXT NOT NULL,
  signer_name    TEXT NOT NULL,
  fingerprint    TEXT NOT NULL,
  certificates   TEXT NOT NULL,
  signing_time   TEXT NOT NULL,
  imported_at    TEXT NOT NULL,
  imported_by    TEXT NOT NULL
) STRICT;
CREATE INDEX submission_receipt_submission ON submission_receipt (submission_id, received_at);
`;
