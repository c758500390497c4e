import type { Change, Likelihood, RevisionEntry, Scenario, SignpostStatus } from '../../../model/types';
import { fill, useLocale, type Locale } from '../../i18n/context';
import { formatDate } from '../../i18n/format';

type Move = Extract<Change, { kind: 'likelihood' | 'signpost' }>;

/** "unlikely", or "likely (60%)": the term in running text, lower-cased as a sentence wants it. */
function likelihoodWords(l: Likelihood, { t, lang }: Locale): string {
  const words = l.status === 'assessed' ? t[l.term] : t.notAssessed;
  const lower = words.toLocaleLowerCase(lang);
  return l.status === 'assessed' && l.percent !== undefined ? `${lower} (${l.percent}%)` : lower;
}

/** One sentence per move of the outlook; a scenario is named by its number on the page when it still has one. */
function sentence(change: Move, date: string, scenarios: Scenario[], locale: Locale): string {
  const { t, lang } = locale;
  if (change.kind === 'signpost') {
    const status = (s: SignpostStatus) => t[s].toLocaleLowerCase(lang);
    const values = { indicator: change.indicator, date };
    if (change.from === null) return fill(t.historySignpostAdded, values);
    if (change.to === null) return fill(t.historySignpostDropped, values);
    return fill(t.historySignpost, { ...values, from: status(change.from), to: status(change.to) });
  }
  const n = scenarios.findIndex((s) => s.id === change.scenarioId) + 1;
  const scenario = n > 0 ? `${t.scenario} ${n}` : `“${change.title}”`;
  const values = { scenario, date };
  if (change.from === null)
    return change.to ? fill(t.historyAdded, { ...values, to: likelihoodWords(change.to, locale) }) : '';
  if (change.to === null) return fill(t.historyDropped, values);
  return fill(t.historyMoved, {
    ...values,
    from: likelihoodWords(change.from, locale),
    to: likelihoodWords(change.to, locale),
  });
}

/**
 * "How the outlook changed": every move of a scenario's likelihood and every change of a signpost's
 * state, newest first, with its date. Nothing is shown until the outlook has moved once.
 */
export function OutlookHistory({ revisions, scenarios }: { revisions: RevisionEntry[]; scenarios: Scenario[] }) {
  const locale = useLocale();
  const moves = [...revisions]
    .sort((a, b) => b.revision - a.revision)
    // Revision 1 is where the outlook starts, not a move of it.
    .filter((r) => r.revision > 1)
    .flatMap((r) =>
      r.changes
        .filter((c): c is Move => c.kind === 'likelihood' || c.kind === 'signpost')
        .map((c, i) => ({
          key: `${r.revision}-${i}`,
          text: sentence(c, formatDate(r.at, locale.lang), scenarios, locale),
        })),
    )
    .filter((m) => m.text);
  if (moves.length === 0) return null;
  return (
    <section class="outlook-history" aria-labelledby="outlook-history-h">
      <h2 id="outlook-history-h">{locale.t.outlookHistory}</h2>
      <ul>
        {moves.map((m) => (
          <li key={m.key}>{m.text}</li>
        ))}
      </ul>
    </section>
  );
}
