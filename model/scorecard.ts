import { LIKELIHOOD_TERMS, type LikelihoodTerm } from './likelihood';

// The scorecard as GET /api/scorecard returns it: for everyone and for each desk (§9's desks, by id).

/** How often scenarios whose last assessed term was `term` occurred. */
export interface TermTally {
  term: LikelihoodTerm;
  count: number;
  occurred: number;
}

export interface Tally {
  /** Scenarios published in an outlook. */
  forecast: number;
  resolved: number;
  scored: number;
  notAssessed: number;
  /** The mean Brier score of the scored scenarios; null when none is. */
  brier: number | null;
  terms: TermTally[];
}

export interface Scorecard {
  overall: Tally;
  /** Each desk by its id, named in each language of the interface. */
  desks: (Tally & { id: string; name: { en: string; fr: string } })[];
}

/** One desk's counts as the store sums them; `desk` is '' for everyone. */
export interface TallyRow {
  desk: string;
  name_en?: string | null;
  name_fr?: string | null;
  forecast: number;
  resolved: number;
  scored: number;
  not_assessed: number;
  brier: number | null;
}

export interface TermRow {
  desk: string;
  term: string;
  count: number;
  occurred: number;
}

const isTerm = (t: string): t is LikelihoodTerm => (LIKELIHOOD_TERMS as readonly string[]).includes(t);

function tallyOf(row: TallyRow | undefined, terms: TermRow[]): Tally {
  const byTerm = new Map(terms.map((t) => [t.term, t]));
  return {
    forecast: row?.forecast ?? 0,
    resolved: row?.resolved ?? 0,
    scored: row?.scored ?? 0,
    notAssessed: row?.not_assessed ?? 0,
    brier: row?.brier ?? null,
    terms: LIKELIHOOD_TERMS.filter((t) => byTerm.has(t) && isTerm(t)).map((term) => ({
      term,
      count: byTerm.get(term)!.count,
      occurred: byTerm.get(term)!.occurred,
    })),
  };
}

/** The scorecard from the store's sums, desks by id. */
export function scorecardOf(rows: TallyRow[], terms: TermRow[]): Scorecard {
  const termsOf = (desk: string) => terms.filter((t) => t.desk === desk);
  return {
    overall: tallyOf(
      rows.find((r) => r.desk === ''),
      termsOf(''),
    ),
    desks: rows
      .filter((r) => r.desk !== '')
      .sort((a, b) => a.desk.localeCompare(b.desk))
      .map((r) => ({
        id: r.desk,
        name: { en: r.name_en ?? r.desk, fr: r.name_fr ?? r.name_en ?? r.desk },
        ...tallyOf(r, termsOf(r.desk)),
      })),
  };
}
