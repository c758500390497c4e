import { outlookStrings } from '../../i18n/outlook';
import type { Scenario } from '../../../model/types';
import { fill } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../i18n/format';
import { LikelihoodChip } from './LikelihoodChip';
import { ResolutionNote } from './ResolutionNote';

/**
 * One scenario: its title, likelihood and timeframe at once; its conditions, outcome and resolution
 * in a <details> that opens without JavaScript.
 */
export function ScenarioItem({ scenario, index }: { scenario: Scenario; index: number }) {
  const locale = useLocale();
  const { t, lang } = locale;
  const o = outlookStrings(lang);
  const { likelihood, timeframe } = scenario;
  return (
    <li class="scenario" id={`scenario-${scenario.id}`}>
      <h3>
        <span class="n">{index + 1}</span> {scenario.title}
      </h3>
      <p>
        <LikelihoodChip likelihood={likelihood} /> · {o[`within_${timeframe.horizon}`]}
        {timeframe.until && ` · ${fill(t.until, { date: formatDate(timeframe.until, lang) })}`}
      </p>
      {scenario.resolution?.outcome && <ResolutionNote scenario={scenario} />}
      {/* A retracted briefing keeps no conditions or outcome: only the title and resolution. */}
      {scenario.conditions.length > 0 && (
        <details>
          <summary>{o.details}</summary>
          <dl>
            <dt>{t.if}</dt>
            <dd>
              {scenario.conditions.length === 1 ? (
                scenario.conditions[0]
              ) : (
                <ul>
                  {scenario.conditions.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>{t.then}</dt>
            <dd>{scenario.outcome}</dd>
            {(likelihood.status === 'not_assessed' || scenario.confidence) && (
              <>
                <dt>{t.likelihood}</dt>
                <dd>
                  {likelihood.status === 'not_assessed' && likelihood.reason}
                  {scenario.confidence && ` ${t.confidence}${t.colon} ${t[scenario.confidence]}`}
                </dd>
              </>
            )}
            {timeframe.note && (
              <>
                <dt>{t.timeframe}</dt>
                <dd>{timeframe.note}</dd>
              </>
            )}
            {scenario.resolution && !scenario.resolution.outcome && (
              <>
                <dt>{o.resolutionCriteria}</dt>
                <dd>
                  {scenario.resolution.criteria}
                  {scenario.resolution.resolveBy &&
                    ` · ${fill(o.resolveBy, { date: formatDate(scenario.resolution.resolveBy, lang) })}`}
                </dd>
              </>
            )}
          </dl>
        </details>
      )}
    </li>
  );
}
