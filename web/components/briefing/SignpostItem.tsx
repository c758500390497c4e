import type { Scenario, Signpost } from '../../../model/types';
import { fill, useLocale } from '../../i18n/context';
import { formatDate } from '../../i18n/format';

/** An indicator to watch, its state, and which scenarios it makes more or less likely. */
export function SignpostItem({ signpost, scenarios }: { signpost: Signpost; scenarios: Scenario[] }) {
  const { t, lang } = useLocale();
  const numberOf = (id: string) => scenarios.findIndex((s) => s.id === id) + 1;
  return (
    <li class="signpost">
      <p>
        <strong>{signpost.indicator}</strong>{' '}
        <span class={`status status-${signpost.status}`}>
          {t[signpost.status]}
          {signpost.observedAt && ` ${fill(t.observedOn, { date: formatDate(signpost.observedAt, lang) })}`}
        </span>
      </p>
      {signpost.watch && (
        <p class="why">
          {t.watch}
          {t.colon} {signpost.watch}
        </p>
      )}
      <p class="effects">
        {signpost.effects.map((e) => (
          <span key={e.scenarioId} class={`effect ${e.direction}`}>
            {e.direction === 'raises' ? '▲' : '▼'} {fill(t[e.direction], { n: numberOf(e.scenarioId) })}
          </span>
        ))}
      </p>
    </li>
  );
}
