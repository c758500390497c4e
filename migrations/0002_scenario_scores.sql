-- The scorecard, kept up to date on write: one row per scenario and desk (desk '' is everyone), replaced
-- in the same batch as each revision of its briefing, so GET /scorecard sums a few columns instead of
-- replaying every revision (docs/outlook.md).

CREATE TABLE scenario_scores (
  briefing_id TEXT NOT NULL REFERENCES briefings (id),
  scenario_id TEXT NOT NULL,
  desk TEXT NOT NULL,
  resolved INTEGER NOT NULL CHECK (resolved IN (0, 1)),
  state TEXT NOT NULL CHECK (state IN ('open', 'never_assessed', 'ambiguous', 'annulled', 'scored')),
  -- Set only when scored: the time-weighted Brier score, the last assessed term, whether it occurred.
  brier REAL,
  term TEXT,
  occurred INTEGER,
  PRIMARY KEY (briefing_id, scenario_id, desk)
) STRICT;

CREATE INDEX scenario_scores_by_desk ON scenario_scores (desk, state, term);
