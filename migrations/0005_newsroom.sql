-- The newsroom (docs/editors.md): desks, named editors with a role, their personal tokens (only the
-- SHA-256 of each is kept), and the editor and desk of every revision. The free-text byline names the
-- scorecard used to group by become desks, and every stored briefing names its desk.

CREATE TABLE desks (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64 AND id NOT GLOB '*[^a-z0-9-]*'),
  name_en TEXT NOT NULL,
  name_fr TEXT NOT NULL
) STRICT;

CREATE TABLE editors (
  id INTEGER PRIMARY KEY,
  -- Stored lower-case: Access sends the address as the identity provider spells it.
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  desk TEXT NOT NULL REFERENCES desks (id),
  role TEXT NOT NULL CHECK (role IN ('writer', 'editor', 'admin')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- A token is looked up by its hash, never stored itself: a copy of the database signs no one in.
-- `session` rows are the local sign-in's cookies (ALLOW_DEV_SIGNIN), `personal` the tools' tokens.
CREATE TABLE editor_tokens (
  hash TEXT PRIMARY KEY,
  editor_id INTEGER NOT NULL REFERENCES editors (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('personal', 'session')),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX editor_tokens_by_editor ON editor_tokens (editor_id);

-- Who made each revision, and for which desk. Revisions stored before editors had names have no editor.
ALTER TABLE revisions ADD COLUMN editor_id INTEGER REFERENCES editors (id);
ALTER TABLE revisions ADD COLUMN desk TEXT REFERENCES desks (id);

-- Each byline name a briefing was first credited to, and the desk it became: kept so no name is lost.
CREATE TABLE desk_names (
  name TEXT PRIMARY KEY,
  desk TEXT NOT NULL REFERENCES desks (id)
) STRICT;

-- A slug of each name: lower case, French accents folded, every other run of characters one '-'.
INSERT INTO desk_names (name, desk)
WITH RECURSIVE
  names (name) AS (
    SELECT DISTINCT trim(json_extract(doc, '$.authors[0].name')) FROM briefings
    WHERE json_extract(doc, '$.authors[0].name') IS NOT NULL
  ),
  folded (name, rest) AS (
    SELECT name, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
      lower(name), 'é', 'e'), 'è', 'e'), 'ê', 'e'), 'ë', 'e'), 'à', 'a'), 'â', 'a'), 'ç', 'c'), 'î', 'i'),
      'ï', 'i'), 'ô', 'o'), 'û', 'u'), 'ù', 'u')
    FROM names
  ),
  walk (name, rest, slug) AS (
    SELECT name, rest, '' FROM folded
    UNION ALL
    SELECT name, substr(rest, 2),
      slug || CASE
        WHEN substr(rest, 1, 1) GLOB '[a-z0-9]' THEN substr(rest, 1, 1)
        WHEN slug = '' OR substr(slug, -1) = '-' THEN ''
        ELSE '-'
      END
    FROM walk WHERE rest <> ''
  )
SELECT name, coalesce(nullif(substr(rtrim(slug, '-'), 1, 64), ''), 'desk') FROM walk WHERE rest = '';

-- Names that fold to the same slug are one desk, named as the first of them.
INSERT OR IGNORE INTO desks (id, name_en, name_fr)
SELECT desk, name, name FROM desk_names ORDER BY name;

UPDATE briefings
SET doc = json_set(doc, '$.desk', (
  SELECT desk FROM desk_names WHERE name = trim(json_extract(briefings.doc, '$.authors[0].name'))
))
WHERE json_extract(doc, '$.authors[0].name') IS NOT NULL;

UPDATE revisions
SET desk = (SELECT desk FROM desk_names WHERE name = trim(json_extract(revisions.doc, '$.authors[0].name')));

-- The scorecard grouped by each byline name; now by the briefing's one desk (a desk's rows are the
-- same scores as everyone's rows, so they are copied from those).
DELETE FROM scenario_scores WHERE desk <> '';
INSERT INTO scenario_scores (briefing_id, scenario_id, desk, resolved, state, brier, term, occurred)
SELECT s.briefing_id, s.scenario_id, json_extract(b.doc, '$.desk'), s.resolved, s.state, s.brier, s.term, s.occurred
FROM scenario_scores AS s JOIN briefings AS b ON b.id = s.briefing_id
WHERE s.desk = '' AND json_extract(b.doc, '$.desk') IS NOT NULL;
