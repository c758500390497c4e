import { likelihoodSeries } from '../../model/outlook-series';
import { scorecardOf, type Scorecard, type TallyRow, type TermRow } from '../../model/scorecard';
import { scoreScenario } from '../../model/scoring';
import type { Briefing, RevisionEntry } from '../../model/types';

// The scorecard's rows: each scenario's score, replaced with every revision of its briefing (in the
// same batch), so reading the scorecard sums rows in D1 and never replays a history.

/** The statements that replace `briefing`'s scenario scores, given its whole history (this revision included). */
export function scoreStatements(db: D1Database, briefing: Briefing, history: RevisionEntry[]): D1PreparedStatement[] {
  const insert = db.prepare(
    `INSERT INTO scenario_scores (briefing_id, scenario_id, desk, resolved, state, brier, term, occurred)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // A translation's forecast is its original's, scored once, under the original.
  if (briefing.translationOf)
    return [db.prepare('DELETE FROM scenario_scores WHERE briefing_id = ?').bind(briefing.id)];
  // Everyone's row, and the row of the desk that answers for the outlook (by id, never by a byline).
  const desks = ['', ...(briefing.desk ? [briefing.desk] : [])];
  const rows = (briefing.whatComesNext?.scenarios ?? []).flatMap((s) => {
    const score = scoreScenario(s, likelihoodSeries(s, history));
    const scored = score.state === 'scored' ? score : undefined;
    return desks.map((desk) =>
      insert.bind(
        briefing.id,
        s.id,
        desk,
        score.resolved ? 1 : 0,
        score.state,
        scored?.brier ?? null,
        scored?.term ?? null,
        scored ? (scored.occurred ? 1 : 0) : null,
      ),
    );
  });
  return [db.prepare('DELETE FROM scenario_scores WHERE briefing_id = ?').bind(briefing.id), ...rows];
}

/** The scorecard, summed by D1 from the kept scores: two small queries whatever the history's length. */
export async function readScorecard(db: D1Database): Promise<Scorecard> {
  const [tallies, terms] = await db.batch([
    db.prepare(
      `SELECT s.desk, d.name_en, d.name_fr, COUNT(*) AS forecast, SUM(s.resolved) AS resolved,
              SUM(s.state = 'scored') AS scored, SUM(s.state = 'never_assessed') AS not_assessed, AVG(s.brier) AS brier
       FROM scenario_scores AS s LEFT JOIN desks AS d ON d.id = s.desk GROUP BY s.desk`,
    ),
    db.prepare(
      `SELECT desk, term, COUNT(*) AS count, SUM(occurred) AS occurred
       FROM scenario_scores WHERE state = 'scored' GROUP BY desk, term`,
    ),
  ]);
  return scorecardOf(tallies.results as unknown as TallyRow[], terms.results as unknown as TermRow[]);
}
