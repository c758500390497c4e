import { historyStrings } from '../../i18n/history';
import { outlookStrings } from '../../i18n/outlook';
import { likelihoodSeries } from '../../../model/outlook-series';
import type { Change, RevisionEntry, Scenario, SignpostStatus } from '../../../model/types';
import { fill, type Locale } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../i18n/format';
import { LikelihoodTrail } from '../outlook/LikelihoodTrail';
import { likelihoodText, quoted } from '../outlook/words';

type Move = Extract<Change, { kind: 'likelihood' | 'signpost' | 'question' | 'resolution' | 'amended' }>;
const isMove = (c: Change): c is Move =>
  c.kind === 'likelihood' ||
  c.kind === 'signpost' ||
  c.kind === 'question' ||
  c.kind === 'resolution' ||
  c.kind === 'amended';

/** One sentence per move of the outlook, each scenario named by its title, each term with its range. */
function sentence(change: Move, date: string, locale: Locale): string {
  const { t, lang } = locale;
  const o = outlookStrings(lang);
  const h = historyStrings(lang);
  if (change.kind === 'question') return change.to ? fill(h.historyQuestion, { to: change.to, date }) : '';
  if (change.kind === 'signpost') {
    const status = (s: SignpostStatus) => t[s].toLocaleLowerCase(lang);
    const values = {
      indicator: change.indicator,
      date: change.observedAt ? formatDate(change.observedAt, lang) : date,
    };
    if (change.from === null) return fill(h.historySignpostAdded, values);
    if (change.to === null) return fill(h.historySignpostDropped, values);
    return fill(h.historySignpost, { ...values, from: status(change.from), to: status(change.to) });
  }
  const scenario = quoted(change.title, locale);
  if (change.kind === 'amended')
    return fill(h.historyAmended, {
      scenario,
      date: formatDate(change.at, lang),
      from: o[change.from].toLocaleLowerCase(lang),
      to: o[change.to].toLocaleLowerCase(lang),
      note: change.note,
    });
  if (change.kind === 'resolution')
    return fill(h.historyResolved, {
      scenario,
      date: formatDate(change.at, lang),
      outcome: o[change.outcome].toLocaleLowerCase(lang),
    });
  const values = { scenario, date };
  const words = (l: NonNullable<typeof change.to>) => {
    const text = likelihoodText(l, locale);
    // Inside a French sentence a term is a phrase, in lower case: "est passé de probable à…".
    return l.status === 'assessed' && !lang.startsWith('fr') ? text : text.toLocaleLowerCase(lang);
  };
  if (change.from === null) return change.to ? fill(h.historyAdded, { ...values, to: words(change.to) }) : '';
  if (change.to === null) return fill(h.historyDropped, values);
  return fill(h.historyMoved, { ...values, from: words(change.from), to: words(change.to) });
}

/**
 * "How the outlook changed": every move of a likelihood, the question, a resolution or a signpost,
 * newest first, and a small chart of each assessed scenario's likelihood over time. Nothing is shown
 * until the briefing has a second revision.
 */
export function OutlookHistory({
  revisions,
  scenarios,
  reviewedAt = '',
}: {
  revisions: RevisionEntry[];
  scenarios: Scenario[];
  /** When the outlook was last reviewed: the charts run to it, or to the latest revision if later. */
  reviewedAt?: string;
}) {
  const locale = useLocale();
  const h = historyStrings(locale.lang);
  if (!revisions.some((r) => r.revision > 1)) return null;
  const moves = [...revisions]
    .sort((a, b) => b.revision - a.revision)
    // Revision 1 is where the outlook starts, not a move of it.
    .filter((r) => r.revision > 1)
    .flatMap((r) =>
      r.changes.filter(isMove).map((c, i) => {
        const text = sentence(c, formatDate(r.at, locale.lang), locale);
        // Which desk moved the outlook: the record says who answers for each move.
        const desk = r.by?.deskName?.[locale.lang === 'fr' ? 'fr' : 'en'];
        return { key: `${r.revision}-${i}`, text: text && desk ? fill(h.historyBy, { sentence: text, desk }) : text };
      }),
    )
    .filter((m) => m.text);
  const end = revisions.reduce((last, r) => (r.at > last ? r.at : last), reviewedAt);
  const trails = scenarios
    .map((s) => ({ s, series: likelihoodSeries(s, revisions) }))
    .filter(({ series }) => series.some((p) => p.likelihood.status === 'assessed'));
  if (moves.length === 0 && trails.length === 0) return null;
  return (
    <section class="outlook-history" aria-labelledby="outlook-history-h">
      <h2 id="outlook-history-h">{h.outlookHistory}</h2>
      {moves.length > 0 && (
        <ul>
          {moves.map((m) => (
            <li key={m.key}>{m.text}</li>
          ))}
        </ul>
      )}
      {trails.map(({ s, series }) => (
        <LikelihoodTrail key={s.id} scenario={s} series={series} end={end} />
      ))}
    </section>
  );
}
