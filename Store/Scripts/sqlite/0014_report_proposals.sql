-- The improvement proposals of an analysis report (issue #18, 客户信息统计制度 第19条): written by an operator, one text per
-- report (2026Q3, 2026), replaced when written again; the report ends with them.
CREATE TABLE report_proposals (
  report     TEXT PRIMARY KEY,
  text       TEXT NOT NULL,
  written_by TEXT NOT NULL,
  written_at TEXT NOT NULL
);
