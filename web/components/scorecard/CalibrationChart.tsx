import { scorecardStrings } from '../../i18n/scorecard';
import { LIKELIHOOD_RANGES, LIKELIHOOD_TERMS, percentLabel, rangeLabel } from '../../../model/likelihood';
import type { TermTally } from '../../../model/scorecard';
import { fill } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';

// Drawn at its own size (one unit a CSS pixel) so its labels are 12 px on any phone; 320 wide fits a
// 360-px screen inside the page's margins, the longest French term included.
const ROW = 24;
const LABEL = 164;
const W = 148;
const FONT = 12;

/**
 * Calibration by ICD 203 term, as a server-drawn chart: for each term, its range as a band and the
 * share of scored scenarios last given that term that occurred as a mark; a caption says how to read
 * it, and a list says it in words.
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
  const foot = rows.length * ROW;
  return (
    <figure id={id}>
      <figcaption>
        <strong>{o.calibration}</strong> <span class="why">{o.calibrationText}</span>
      </figcaption>
      <svg
        aria-hidden="true"
        viewBox={`0 0 ${LABEL + W + 8} ${foot + 20}`}
        width={LABEL + W + 8}
        height={foot + 20}
        font-size={FONT}
        fill="currentColor"
      >
        {rows.map(({ term, tally }, i) => {
          const [low, high] = LIKELIHOOD_RANGES[term];
          const y = i * ROW;
          const share = tally && tally.count ? tally.occurred / tally.count : null;
          return (
            <g key={term}>
              <text x={LABEL - 6} y={y + 16} text-anchor="end">
                {t[term]}
              </text>
              <rect
                fill="currentColor"
                fill-opacity=".3"
                x={LABEL + (low / 100) * W}
                y={y + 4}
                width={Math.max(2, ((high - low) / 100) * W)}
                height={ROW - 8}
              />
              {share !== null && (
                <rect fill="currentColor" x={LABEL + share * W - 3} y={y + 1} width="6" height={ROW - 2} />
              )}
            </g>
          );
        })}
        {[0, 50, 100].map((p) => (
          <text
            key={p}
            x={LABEL + (p / 100) * W}
            y={foot + 16}
            text-anchor={p ? (p === 100 ? 'end' : 'middle') : 'start'}
          >
            {percentLabel(p, lang)}
          </text>
        ))}
      </svg>
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
