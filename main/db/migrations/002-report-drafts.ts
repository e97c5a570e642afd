// Schema v2: what the secretary writes for a periodic report, and the files of submissions.
export const sql = `
-- The narrative and the signature block of one report (plan, period, kind), kept between sessions so the
-- secretary can write it over several days. Only one draft per report: it is what the next export uses.
CREATE TABLE report_draft (
  plan_id          TEXT NOT NULL REFERENCES plan (id),
  period           TEXT NOT NULL,            -- '2025-Q4', '2025-H1', '2025-9M', '2025'
  kind             TEXT NOT NULL,            -- 'bao_cao_dinh_ky'
  achievements     TEXT NOT NULL DEFAULT '', -- Kết quả đạt được
  shortcomings     TEXT NOT NULL DEFAULT '', -- Tồn tại, hạn chế
  next_tasks       TEXT NOT NULL DEFAULT '', -- Nhiệm vụ thời gian tới
  proposals        TEXT NOT NULL DEFAULT '', -- Đề xuất, kiến nghị
  doc_number       TEXT NOT NULL DEFAULT '', -- '05/BC-BCĐ' (without 'Số:')
  recipients       TEXT NOT NULL DEFAULT '', -- Nơi nhận, one per line, without the leading '- ' and trailing ';'
  signer_authority TEXT NOT NULL DEFAULT 'TM.' CHECK (signer_authority IN ('TM.', 'KT.', '')),
  signer_body      TEXT NOT NULL DEFAULT '', -- 'BAN CHỈ ĐẠO' (after TM.) or 'TRƯỞNG BAN' (after KT.)
  signer_title     TEXT NOT NULL DEFAULT '', -- 'TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'
  signer_name      TEXT NOT NULL DEFAULT '',
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  PRIMARY KEY (plan_id, period, kind)
) STRICT;

-- The exact bytes of each exported report (signed or not), so it can be downloaded, verified or mailed
-- again later and its hash rechecked. Kept apart from submission so listing submissions stays light.
CREATE TABLE submission_file (
  submission_id TEXT PRIMARY KEY REFERENCES submission (id),
  content_type  TEXT NOT NULL,
  content       BLOB NOT NULL
) STRICT;
`;
