import type { Scenario } from '../../../model/types';
import { fill, useLocale } from '../../i18n/context';
import { formatDate } from '../../i18n/format';
import { LikelihoodChip } from './LikelihoodChip';

/** One scenario, read as what it is: if these conditions, then this outcome, this likely, by then. */
export function ScenarioItem({ scenario, index }: { scenario: Scenario; index: number }) {
  const { t, lang } = useLocale();
  const { likelihood, timeframe } = scenario;
  return (
    <li class="scenario" id={`scenario-${scenario.id}`}>
      <h3>
        <span class="n">{index + 1}</span> {scenario.title}
      </h3>
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
        <dt>{t.likelihood}</dt>
        <dd>
          <LikelihoodChip likelihood={likelihood} />
          {likelihood.status === 'not_assessed' && <span class="why"> {likelihood.reason}</span>}
          {scenario.confidence && (
            <span class="why">
              {' '}
              · {t.confidence}
              {t.colon} {t[scenario.confidence]}
            </span>
          )}
        </dd>
        <dt>{t.timeframe}</dt>
        <dd>
          {timeframe.horizon === 'unspecified' ? t.unspecified : t[timeframe.horizon]}
          {timeframe.until && ` · ${fill(t.until, { date: formatDate(timeframe.until, lang) })}`}
          {timeframe.note && <span class="why"> {timeframe.note}</span>}
        </dd>
      </dl>
    </li>
  );
}
