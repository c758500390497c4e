import { scorecardStrings } from '../../i18n/scorecard';
import { rangeLabel } from '../../../model/likelihood';
import type { Scorecard, ScoredForecast, Tally } from '../../../model/scorecard';
import { fill } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';
import { quoted } from '../outlook/words';
import { CalibrationChart } from './CalibrationChart';

const EVEN_CHANCE = 0.25;

const brier = (b: number | null, lang: string) =>
  b === null ? null : new Intl.NumberFormat(lang, { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(b);

/** One desk's record (or everyone's) in detail: the counts, the mean Brier score beside "even chance", the chart. */
function Record({ name, tally, id, chart = true }: { name: string; tally: Tally; id: string; chart?: boolean }) {
  const { lang } = useLocale();
  const o = scorecardStrings(lang);
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{name}</h3>
      <table>
        <tbody>
          <tr>
            <th scope="row">{o.forecastCount}</th>
            <td>{tally.forecast}</td>
          </tr>
          <tr>
            <th scope="row">{o.resolvedCount}</th>
            <td>{tally.resolved}</td>
          </tr>
          <tr>
            <th scope="row">{o.scoredCount}</th>
            <td>{tally.scored}</td>
          </tr>
          <tr>
            <th scope="row">{o.notAssessedCount}</th>
            <td>{tally.notAssessed}</td>
          </tr>
          <tr>
            <th scope="row">{o.meanBrier}</th>
            <td>
              <strong>{brier(tally.brier, lang) ?? o.nothingScored}</strong> ({o.evenChanceBrier})
            </td>
          </tr>
        </tbody>
      </table>
      {chart && tally.scored > 0 && <CalibrationChart terms={tally.terms} id={`${id}-chart`} />}
    </section>
  );
}

/** A scored forecast, linked to the scenario it scores: what was last said, what happened, its score. */
function Forecast({ f }: { f: ScoredForecast }) {
  const locale = useLocale();
  const { t, lang } = locale;
  const o = scorecardStrings(lang);
  return (
    <li>
      <a
        href={`/briefings/${f.briefingId}#scenario-${f.scenarioId}`}
        lang={f.language === lang ? undefined : f.language}
      >
        {quoted(f.title, locale)}
      </a>{' '}
      <span lang={f.language === lang ? undefined : f.language}>({f.headline})</span>
      <br />
      <span class="meta">
        {fill(o.scoredSaid, {
          term: `${t[f.term]} (${rangeLabel(f.term, lang)})`,
          outcome: o[f.occurred ? 'occurred' : 'did_not_occur'],
          score: brier(f.brier, lang)!,
        })}
      </span>
    </li>
  );
}

/**
 * GET /scorecard: how the newsroom's outlooks have fared, for readers first (a verdict in one sentence,
 * each desk's line, the forecasts scored with links, the calibration chart), then the detail.
 */
export function ScorecardPage({ scorecard, forecasts = [] }: { scorecard: Scorecard; forecasts?: ScoredForecast[] }) {
  const { lang } = useLocale();
  const o = scorecardStrings(lang);
  const all = scorecard.overall;
  const deskName = (d: Scorecard['desks'][number]) => d.name[lang === 'fr' ? 'fr' : 'en'];
  return (
    <article class="scorecard">
      <h1>{o.scorecardLink}</h1>
      <p class="verdict">
        {all.brier === null
          ? o.verdictNone
          : `${fill(o.verdict, { score: brier(all.brier, lang)! })} ${all.brier < EVEN_CHANCE ? o.verdictBetter : o.verdictWorse}`}
      </p>
      {scorecard.desks.length > 0 && (
        <ul>
          {scorecard.desks.map((d, i) => (
            <li key={d.id}>
              <a href={`#desk-${i}-h`}>
                {d.brier === null
                  ? fill(o.deskNone, { desk: deskName(d) })
                  : fill(o.deskLine, { desk: deskName(d), score: brier(d.brier, lang)!, n: d.scored })}
              </a>
            </li>
          ))}
        </ul>
      )}
      {forecasts.length > 0 && (
        <section aria-labelledby="scored-h">
          <h2 id="scored-h">{o.scoredHeading}</h2>
          <ul class="scored">
            {forecasts.map((f) => (
              <Forecast key={`${f.briefingId}/${f.scenarioId}`} f={f} />
            ))}
          </ul>
        </section>
      )}
      {all.scored > 0 && <CalibrationChart terms={all.terms} id="all-chart" />}
      <section aria-labelledby="detail-h">
        <h2 id="detail-h">{o.detailHeading}</h2>
        <p>{o.scorecardText}</p>
        <p class="why">{o.apartNote}</p>
        <Record name={o.allDesks} tally={all} id="all" chart={false} />
        {scorecard.desks.map((d, i) => (
          <Record key={d.id} name={deskName(d)} tally={d} id={`desk-${i}`} />
        ))}
      </section>
    </article>
  );
}
