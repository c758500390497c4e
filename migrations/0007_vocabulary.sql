-- Two languages, one newsroom (docs/languages.md): translations grouped with their original, and a
-- vocabulary of topics and stories, each named in English and French.

-- A briefing's group is its original's id (its own when it is the original); `lang` is its language's
-- primary subtag. Lists keep one card per group, in the reader's language when the group has it.
ALTER TABLE briefings ADD COLUMN translation_of TEXT GENERATED ALWAYS AS (json_extract(doc, '$.translationOf')) VIRTUAL;
ALTER TABLE briefings ADD COLUMN grp TEXT GENERATED ALWAYS AS (coalesce(json_extract(doc, '$.translationOf'), id)) VIRTUAL;
ALTER TABLE briefings ADD COLUMN lang TEXT GENERATED ALWAYS AS (lower(substr(json_extract(doc, '$.language'), 1, 2))) VIRTUAL;
CREATE INDEX briefings_by_group ON briefings (grp, lang);

-- A topic: an id slug, a label per language (JSON { "en", "fr" }), aliases for search (JSON list).
CREATE TABLE topics (
  id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*' AND length(id) <= 64),
  label TEXT NOT NULL CHECK (json_valid(label)),
  aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases))
) STRICT;

-- A story: the slug briefings name in `story`, and its title per language (JSON { "en", "fr" }).
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL CHECK (json_valid(title))
) STRICT;

-- The newsroom's first vocabulary. Aliases are what a reader may type: other names, acronyms, the
-- labels without their accents.
INSERT INTO topics (id, label, aliases) VALUES
  ('democracy', '{"en":"Democracy","fr":"Démocratie"}', '["democratie"]'),
  ('human-rights', '{"en":"Human rights","fr":"Droits humains"}', '["droits de l''homme","droits humains"]'),
  ('ecowas', '{"en":"ECOWAS","fr":"CEDEAO"}', '["ecowas","cedeao","economic community of west african states","communauté économique des états de l''afrique de l''ouest"]'),
  ('sahel', '{"en":"Sahel","fr":"Sahel"}', '[]'),
  ('niger', '{"en":"Niger","fr":"Niger"}', '[]'),
  ('elections', '{"en":"Elections","fr":"Élections"}', '["election","élection","vote"]'),
  ('security', '{"en":"Security","fr":"Sécurité"}', '["securite"]'),
  ('regional-security', '{"en":"Regional security","fr":"Sécurité régionale"}', '["securite regionale"]'),
  ('coups', '{"en":"Coups","fr":"Coups d’État"}', '["coup","putsch","coup d''etat","coups d''etat"]'),
  ('water', '{"en":"Water","fr":"Eau"}', '[]'),
  ('budget', '{"en":"Budget","fr":"Budget"}', '["finances publiques"]'),
  ('health', '{"en":"Health","fr":"Santé"}', '["sante"]'),
  ('trade', '{"en":"Trade","fr":"Commerce"}', '[]'),
  ('mining', '{"en":"Mining","fr":"Mines"}', '["uranium","or"]'),
  ('migration', '{"en":"Migration","fr":"Migrations"}', '["migrants"]'),
  ('climate', '{"en":"Climate","fr":"Climat"}', '["climate change","changement climatique"]');

-- Today's free-text topics, each mapped to an id: the vocabulary's when a label or alias names it,
-- else its own words as a slug (accents and spaces folded), kept with its words as both labels.
CREATE TABLE topic_map (old TEXT PRIMARY KEY, id TEXT NOT NULL) STRICT;
INSERT OR IGNORE INTO topic_map (old, id)
SELECT DISTINCT t.value,
  coalesce(
    (SELECT v.id FROM topics v WHERE v.id = t.value
       OR lower(v.label ->> '$.en') = lower(t.value) OR lower(v.label ->> '$.fr') = lower(t.value)
       OR EXISTS (SELECT 1 FROM json_each(v.aliases) a WHERE a.value = lower(t.value))),
    trim(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
      replace(lower(t.value), ' ', '-'), 'é', 'e'), 'è', 'e'), 'ê', 'e'), 'ë', 'e'), 'à', 'a'), 'â', 'a'),
      'î', 'i'), 'ï', 'i'), 'ô', 'o'), 'ù', 'u'), 'û', 'u'), 'ç', 'c'), '-')
  )
FROM briefings, json_each(briefings.doc, '$.topics') AS t;
INSERT OR IGNORE INTO topics (id, label)
SELECT id, json_object('en', old, 'fr', old) FROM topic_map WHERE id NOT IN (SELECT id FROM topics) GROUP BY id;

-- Each briefing (its current state, its card) and each reader's follow names the ids now.
UPDATE briefings SET
  doc = json_set(doc, '$.topics', (
    SELECT json_group_array(id) FROM (
      SELECT DISTINCT m.id FROM json_each(briefings.doc, '$.topics') AS t JOIN topic_map m ON m.old = t.value))),
  card = json_set(card, '$.topics', (
    SELECT json_group_array(id) FROM (
      SELECT DISTINCT m.id FROM json_each(briefings.card, '$.topics') AS t JOIN topic_map m ON m.old = t.value)))
WHERE json_array_length(doc, '$.topics') > 0;
INSERT OR IGNORE INTO follows (kind, name, subscription_id)
SELECT 'topic', m.id, f.subscription_id FROM follows f JOIN topic_map m ON m.old = f.name WHERE f.kind = 'topic';
DELETE FROM follows WHERE kind = 'topic' AND name NOT IN (SELECT id FROM topics);
DROP TABLE topic_map;

-- Stories already told get their slug's words as a title until an editor names them.
INSERT INTO stories (id, title)
SELECT DISTINCT story, json_object('en', replace(story, '-', ' '), 'fr', replace(story, '-', ' '))
FROM briefings WHERE story IS NOT NULL;

-- The search index now holds each briefing's topics by every label and alias: indexed again whole.
DELETE FROM briefings_fts;
INSERT INTO briefings_fts (id, headline, standfirst, body)
SELECT
  id,
  json_extract(doc, '$.headline'),
  json_extract(doc, '$.standfirst'),
  coalesce((
    SELECT group_concat(t.value, ' ')
    FROM json_tree(briefings.doc) AS t
    WHERE t.type = 'text'
      AND (t.path = '$' AND t.key = 'lede'
        OR t.path LIKE '$.sections[%].paragraphs'
        OR t.key IN ('heading', 'question', 'title', 'outcome', 'indicator', 'watch')
        OR t.path LIKE '$.whatComesNext.scenarios[%].conditions')
  ), '') || ' ' || coalesce((
    SELECT group_concat((v.label ->> '$.en') || ' ' || (v.label ->> '$.fr') || ' ' || (SELECT coalesce(group_concat(a.value, ' '), '') FROM json_each(v.aliases) a), ' ')
    FROM json_each(briefings.doc, '$.topics') AS bt JOIN topics v ON v.id = bt.value
  ), '')
FROM briefings
WHERE status = 'published';
