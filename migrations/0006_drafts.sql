-- Drafts (docs/editors.md, "Drafts"): what editors are working on, kept on the server and never public.
-- A draft's briefing is any JSON object, stored exactly as it was sent, so nothing typed is ever lost;
-- it is validated only when asked (check, diff, preview, publish).

CREATE TABLE drafts (
  id TEXT PRIMARY KEY,
  -- The briefing as the editor last saved it: a JSON object, complete or not.
  briefing TEXT NOT NULL CHECK (json_valid(briefing) AND json_type(briefing) = 'object'),
  -- The live briefing and revision it was made from; both NULL for a new briefing.
  base_id TEXT,
  base_revision INTEGER CHECK (base_revision >= 1),
  -- Grows by one on every save: the draft's own ETag is "d{version}".
  version INTEGER NOT NULL CHECK (version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- Who saved it last: the newsroom's list says so.
  updated_by INTEGER NOT NULL REFERENCES editors (id),
  -- When the Cron Trigger is to publish it (RFC 3339, UTC) and who scheduled it (it publishes as them),
  -- both NULL when it is not scheduled; why the last attempt could not (a JSON problem), else NULL.
  scheduled_at TEXT,
  scheduled_by INTEGER REFERENCES editors (id),
  schedule_problem TEXT,
  CHECK ((scheduled_at IS NULL) = (scheduled_by IS NULL)),
  CHECK ((base_id IS NULL) = (base_revision IS NULL))
) STRICT;

-- The newsroom's list, newest first, and the Cron Trigger's question "what is due".
CREATE INDEX drafts_by_update ON drafts (updated_at DESC, id DESC);
CREATE INDEX drafts_due ON drafts (scheduled_at) WHERE scheduled_at IS NOT NULL;
