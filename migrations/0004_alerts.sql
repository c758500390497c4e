-- Alerts (docs/alerts.md): readers' push subscriptions, what each follows, and what each was sent.
-- No account: a subscription is known only by its endpoint and proven by its own secret (`auth`).

CREATE TABLE subscriptions (
  id INTEGER PRIMARY KEY,
  endpoint TEXT NOT NULL UNIQUE,
  p256dh TEXT NOT NULL,
  auth TEXT NOT NULL,
  language TEXT NOT NULL CHECK (language IN ('en', 'fr')),
  max_per_day INTEGER NOT NULL CHECK (max_per_day BETWEEN 1 AND 20),
  -- Quiet hours, HH:MM to HH:MM in time_zone; all three or none.
  quiet_from TEXT,
  quiet_to TEXT,
  time_zone TEXT,
  -- The reader's local day (YYYY-MM-DD) that sent_today counts alerts of.
  cap_day TEXT NOT NULL DEFAULT '',
  sent_today INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- One row per thing followed. The primary key leads with (kind, name), so "who follows NE" is one
-- range of this index; the second index serves a subscription's replacement and deletion.
CREATE TABLE follows (
  kind TEXT NOT NULL CHECK (kind IN ('country', 'topic', 'story', 'briefing')),
  name TEXT NOT NULL,
  subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
  PRIMARY KEY (kind, name, subscription_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX follows_by_subscription ON follows (subscription_id);

-- The newest revision of each briefing a subscription was sent: a revision is never sent twice, and
-- an older one never after a newer.
CREATE TABLE deliveries (
  subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
  briefing_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  PRIMARY KEY (subscription_id, briefing_id)
) STRICT, WITHOUT ROWID;
