import { outlookStrings } from '../../i18n/outlook';
import type { SeriesPoint } from '../../../model/outlook-series';
import { probabilityOf } from '../../../model/scoring';
import type { Scenario } from '../../../model/types';
import { fill } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../i18n/format';
import { likelihoodText, quoted } from './words';

const W = 160;
const H = 40;

/**
 * A scenario's likelihood over time as a small step chart (0 at the foot, 1 at the top, a dot at the
 * outcome), drawn on the server; its title says the same in words for those who cannot see it.
 */
export function LikelihoodTrail({ scenario, series, end }: { scenario: Scenario; series: SeriesPoint[]; end: string }) {
  const locale = useLocale();
  const { lang } = locale;
  const o = outlookStrings(lang);
  const r = scenario.resolution;
  const stop = r?.resolvedAt ?? end;
  const t0 = Date.parse(series[0].at);
  const span = Math.max(1, Date.parse(stop) - t0);
  const x = (at: string) => Math.round((Math.min(Date.parse(at) - t0, span) / span) * W);
  const y = (p: number) => Math.round((1 - p) * (H - 4)) + 2;
  let d = '';
  series.forEach((p, i) => {
    const q = probabilityOf(p.likelihood);
    const x1 = x(i + 1 < series.length ? series[i + 1].at : stop);
    if (q !== null) d += `M${x(p.at)} ${y(q)}H${Math.max(x1, x(p.at) + 2)}`;
  });
  const steps = series
    .map((p) => fill(o.trailStep, { term: likelihoodText(p.likelihood, locale), date: formatDate(p.at, lang) }))
    .join(', ');
  const outcome =
    r?.outcome && r.resolvedAt
      ? `, ${fill(o.trailOutcome, { date: formatDate(r.resolvedAt, lang), outcome: o[r.outcome].toLocaleLowerCase(lang) })}`
      : '';
  const label = fill(o.trailLabel, { scenario: quoted(scenario.title, locale), steps: steps + outcome });
  const id = `trail-${scenario.id}`;
  return (
    <figure class="trail">
      <svg role="img" aria-labelledby={id} viewBox={`0 0 ${W + 6} ${H}`} width={W + 6} height={H}>
        <title id={id}>{label}</title>
        <path d={`M0 0V${H}H${W}M0 ${y(0.5)}H${W}`} stroke="currentColor" stroke-opacity=".3" fill="none" />
        <path d={d} stroke="currentColor" stroke-width="3" fill="none" />
        {(r?.outcome === 'occurred' || r?.outcome === 'did_not_occur') && (
          <circle fill="currentColor" cx={W + 2} cy={y(r.outcome === 'occurred' ? 1 : 0)} r="3" />
        )}
      </svg>
      <figcaption aria-hidden="true">{scenario.title}</figcaption>
    </figure>
  );
}
