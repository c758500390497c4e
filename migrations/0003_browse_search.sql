-- Browsing by story and searching. A briefing's story is read from its JSON, indexed for the story
-- pages; `briefings_fts` holds the words of every published briefing (docs/browse-and-search.md),
-- rewritten in the same batch as each write (worker/store/search-index.ts), so it never lags.

ALTER TABLE briefings ADD COLUMN story TEXT GENERATED ALWAYS AS (json_extract(doc, '$.story')) VIRTUAL;
CREATE INDEX briefings_by_story ON briefings (story, published_at) WHERE story IS NOT NULL;

-- Case and accents folded: "ecowas" finds "ECOWAS", "region" finds "région".
CREATE VIRTUAL TABLE briefings_fts USING fts5 (
  id UNINDEXED,
  headline,
  standfirst,
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- The briefings already stored, indexed as every later write indexes them.
INSERT INTO briefings_fts (id, headline, standfirst, body)
SELECT
  id,
  json_extract(doc, '$.headline'),
  json_extract(doc, '$.standfirst'),
  (
    SELECT group_concat(t.value, ' ')
    FROM json_tree(briefings.doc) AS t
    WHERE t.type = 'text'
      AND (t.path = '$' AND t.key = 'lede'
        OR t.path LIKE '$.sections[%].paragraphs'
        OR t.key IN ('heading', 'question', 'title', 'outcome', 'indicator', 'watch')
        OR t.path LIKE '$.whatComesNext.scenarios[%].conditions')
  )
FROM briefings
WHERE status = 'published';
