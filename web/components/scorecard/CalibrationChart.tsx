import { scorecardStrings } from '../../i18n/scorecard';
import { LIKELIHOOD_RANGES, LIKELIHOOD_TERMS, percentLabel, rangeLabel } from '../../../model/likelihood';
import type { TermTally } from '../../../model/scorecard';
import { fill } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';

const ROW = 22;
const LABEL = 118;
const W = 200;

/**
 * Calibration by ICD 203 term, as a server-drawn chart: for each term, its range as a band and the
 * share of scored scenarios last given that term that occurred as a bar; a list says it in words.
 */
export function CalibrationChart({ terms, id }: { terms: TermTally[]; id: string }) {
  const { t, lang } = useLocale();
  const o = scorecardStrings(lang);
  const byTerm = new Map(terms.map((x) => [x.term, x]));
  const rows = LIKELIHOOD_TERMS.map((term) => ({ term, tally: byTerm.get(term) }));
  const words = rows
    .filter((r) => r.tally)
    .map((r) =>
      fill(o.calibrationRow, {
        term: t[r.term],
        range: rangeLabel(r.term, lang),
        occurred: r.tally!.occurred,
        count: r.tally!.count,
      }),
    );
  return (
    <figure>
      <svg
        role="img"
        aria-labelledby={`${id}-t`}
        viewBox={`0 0 ${LABEL + W + 8} ${rows.length * ROW + 16}`}
        width="100%"
        font-size="11"
        fill="currentColor"
      >
        <title
          id={`${id}-t`}
        >{`${o.calibration}${t.colon} ${words.join(lang === 'fr' ? '\u202f; ' : '; ') || o.nothingScored}`}</title>
        {rows.map(({ term, tally }, i) => {
          const [low, high] = LIKELIHOOD_RANGES[term];
          const y = i * ROW;
          const share = tally && tally.count ? tally.occurred / tally.count : null;
          return (
            <g key={term}>
              <text x="0" y={y + 15}>
                {t[term]}
              </text>
              <rect
                fill="currentColor"
                fill-opacity=".12"
                x={LABEL + (low / 100) * W}
                y={y + 3}
                width={((high - low) / 100) * W}
                height={ROW - 6}
              />
              {share !== null && (
                <rect fill="currentColor" x={LABEL + share * W - 2} y={y + 6} width="4" height={ROW - 12} />
              )}
            </g>
          );
        })}
        <text x={LABEL} y={rows.length * ROW + 12}>
          {percentLabel(0, lang)}
        </text>
        <text x={LABEL + W - 28} y={rows.length * ROW + 12}>
          {percentLabel(100, lang)}
        </text>
      </svg>
      <figcaption class="why">{o.calibrationText}</figcaption>
      {words.length > 0 && (
        <ul class="why">
          {words.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </figure>
  );
}
