// Schema v3: the notice of conclusions (Thông báo kết luận) the secretary edits for a meeting. The
// signer and recipient columns mirror report_draft (002) so both documents share one signer block.
export const sql = `
CREATE TABLE meeting_notice (
  meeting_id       TEXT PRIMARY KEY REFERENCES meeting (id),
  body             TEXT NOT NULL DEFAULT '',  -- the text under the title, as the secretary edited it
  recipients       TEXT NOT NULL DEFAULT '',  -- Nơi nhận, one per line, without the leading '- ' and trailing ';'
  signer_authority TEXT NOT NULL DEFAULT 'TM.' CHECK (signer_authority IN ('TM.', 'KT.', '')),
  signer_body      TEXT NOT NULL DEFAULT '',
  signer_title     TEXT NOT NULL DEFAULT '',
  signer_name      TEXT NOT NULL DEFAULT '',
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;
`;
