import { historyStrings } from '../../i18n/history';
import { outlookStrings } from '../../i18n/outlook';
import type { SeriesPoint } from '../../../model/outlook-series';
import { percentLabel } from '../../../model/likelihood';
import { probabilityOf } from '../../../model/scoring';
import type { Scenario } from '../../../model/types';
import { fill } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../i18n/format';
import { likelihoodText, quoted } from './words';

// Drawn at its own size (one unit a CSS pixel), so its labels are 12 px on any phone; 300 wide fits
// a 360-px screen inside the page's margins.
const WIDTH = 300;
const LEFT = 40;
const RIGHT = WIDTH - 10;
const TOP = 8;
const FOOT = 64;
const LABEL = 12;

/**
 * A scenario's likelihood over time as a step chart a reader can follow: 0, 50 and 100 % marked, each
 * value as wide as any other (the latest one too, however recent), the first date and the last (the
 * resolution's, else `end`), the outcome as a dot inside the frame, and the same in words beneath it.
 */
export function LikelihoodTrail({ scenario, series, end }: { scenario: Scenario; series: SeriesPoint[]; end: string }) {
  const locale = useLocale();
  const { lang } = locale;
  const o = outlookStrings(lang);
  const h = historyStrings(lang);
  const r = scenario.resolution;
  const last = r?.resolvedAt ?? end;
  const y = (p: number) => Math.round(FOOT - p * (FOOT - TOP));
  const step = (RIGHT - LEFT) / series.length;
  const x = (i: number) => Math.round(LEFT + i * step);
  let d = '';
  let drawing = false;
  series.forEach((p, i) => {
    const q = probabilityOf(p.likelihood);
    if (q === null) {
      drawing = false;
      return;
    }
    d += `${drawing ? `V${y(q)}` : `M${x(i)} ${y(q)}`}H${x(i + 1)}`;
    drawing = true;
  });
  const steps = series
    .map((p) => fill(h.trailStep, { term: likelihoodText(p.likelihood, locale), date: formatDate(p.at, lang) }))
    .join(', ');
  const outcome =
    r?.outcome && r.resolvedAt
      ? `, ${fill(h.trailOutcome, { date: formatDate(r.resolvedAt, lang), outcome: o[r.outcome].toLocaleLowerCase(lang) })}`
      : '';
  const ends = r?.outcome === 'occurred' ? 1 : r?.outcome === 'did_not_occur' ? 0 : undefined;
  return (
    <figure class="trail">
      <svg
        aria-hidden="true"
        viewBox={`0 0 ${WIDTH} 84`}
        width={WIDTH}
        height="84"
        font-size={LABEL}
        fill="currentColor"
      >
        {[1, 0.5, 0].map((p) => (
          <g key={p}>
            <text x={LEFT - 4} y={y(p) + 4} text-anchor="end">
              {percentLabel(p * 100, lang)}
            </text>
            <path d={`M${LEFT} ${y(p)}H${RIGHT}`} stroke="currentColor" stroke-opacity=".35" />
          </g>
        ))}
        <path d={d} stroke="currentColor" stroke-width="3" fill="none" />
        {ends !== undefined && <circle cx={RIGHT - 5} cy={y(ends)} r="5" />}
        <text x={LEFT} y="82">
          {formatDate(series[0].at, lang)}
        </text>
        <text x={RIGHT} y="82" text-anchor="end">
          {formatDate(last, lang)}
        </text>
      </svg>
      <figcaption class="meta">
        {fill(h.trailLabel, { scenario: quoted(scenario.title, locale), steps: steps + outcome })}
      </figcaption>
    </figure>
  );
}
