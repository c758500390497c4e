-- Search's prefix indexes, and what became of each alert.

-- FTS5 keeps an index of every word's first 3 and of its first 4 letters only when the table is
-- made with them: the costliest query a reader may send (eight starts of words of three letters)
-- then reads eight lists instead of merging the lists of every word each start begins. The index is
-- made again with the same words, rowids kept (search ranks the most recently indexed first).
CREATE TABLE briefings_fts_copy AS SELECT rowid AS r, id, headline, standfirst, body FROM briefings_fts;
DROP TABLE briefings_fts;
CREATE VIRTUAL TABLE briefings_fts USING fts5 (
  id UNINDEXED,
  headline,
  standfirst,
  body,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '3 4'
);
INSERT INTO briefings_fts (rowid, id, headline, standfirst, body)
SELECT r, id, headline, standfirst, body FROM briefings_fts_copy ORDER BY r;
DROP TABLE briefings_fts_copy;

-- One row per alert a write queued (docs/alerts.md): how many followers the fan-out found and what
-- became of their messages, so the newsroom sees an alert that failed instead of a line in a log.
-- `followers` is null until the fan-out ran; `finished_at` is set once every follower is accounted
-- for (sent, failed, gone, or skipped: quiet hours, the day's cap, sent before) or the fan-out gave up.
CREATE TABLE alert_runs (
  briefing_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  queued_at TEXT NOT NULL,
  followers INTEGER,
  sent INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  gone INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  finished_at TEXT,
  PRIMARY KEY (briefing_id, revision)
) STRICT;
