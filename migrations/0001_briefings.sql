-- Briefings and their revisions. `briefings` holds the current state of each; `revisions` every
-- accepted change, whole, so history can be shown and nothing is ever lost.

CREATE TABLE briefings (
  id TEXT PRIMARY KEY,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  status TEXT NOT NULL CHECK (status IN ('published', 'retracted')),
  published_at TEXT NOT NULL,
  modified_at TEXT NOT NULL,
  -- The whole briefing as JSON (docs/format.md), and the short form the home page lists.
  doc TEXT NOT NULL,
  card TEXT NOT NULL
) STRICT;

-- The home page and the feed list newest first and page by (published_at, id).
CREATE INDEX briefings_by_date ON briefings (published_at DESC, id DESC);

CREATE TABLE revisions (
  -- Grows by one on every write anywhere: MAX(seq) is the feed's revision, the caches' key.
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  briefing_id TEXT NOT NULL REFERENCES briefings (id),
  revision INTEGER NOT NULL,
  at TEXT NOT NULL,
  -- What changed (a JSON list of changes) and the briefing as it stood after the change.
  changes TEXT NOT NULL,
  doc TEXT NOT NULL,
  UNIQUE (briefing_id, revision)
) STRICT;
