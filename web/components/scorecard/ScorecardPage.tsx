import { scorecardStrings } from '../../i18n/scorecard';
import type { Scorecard, Tally } from '../../../model/scorecard';
import { useLocale } from '../../i18n/use-locale';
import { CalibrationChart } from './CalibrationChart';

const brier = (b: number | null, lang: string) =>
  b === null ? null : new Intl.NumberFormat(lang, { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(b);

/** One desk's record (or everyone's): the counts, the mean Brier score beside "even chance", the chart. */
function Record({ name, tally, id }: { name: string; tally: Tally; id: string }) {
  const { lang } = useLocale();
  const o = scorecardStrings(lang);
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{name}</h2>
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
      {tally.scored > 0 && <CalibrationChart terms={tally.terms} id={`${id}-chart`} />}
    </section>
  );
}

/** GET /scorecard: how the newsroom's outlooks have fared, for everyone and for each desk. */
export function ScorecardPage({ scorecard }: { scorecard: Scorecard }) {
  const { lang } = useLocale();
  const o = scorecardStrings(lang);
  return (
    <article class="scorecard">
      <h1>{o.scorecardLink}</h1>
      <p>{o.scorecardText}</p>
      <p class="why">{o.apartNote}</p>
      <Record name={o.allDesks} tally={scorecard.overall} id="all" />
      {scorecard.desks.map((d, i) => (
        <Record key={d.id} name={d.name[lang === 'fr' ? 'fr' : 'en']} tally={d} id={`desk-${i}`} />
      ))}
    </article>
  );
}
