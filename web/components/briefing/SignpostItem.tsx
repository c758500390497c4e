import { outlookStrings } from '../../i18n/outlook';
import type { Scenario, Signpost } from '../../../model/types';
import { fill } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../i18n/format';

/** An indicator to watch, its state, and what it does to which scenario, in the tense its state calls for. */
export function SignpostItem({ signpost, scenarios }: { signpost: Signpost; scenarios: Scenario[] }) {
  const { t, lang } = useLocale();
  const o = outlookStrings(lang);
  const titleOf = (id: string) => scenarios.find((s) => s.id === id)?.title ?? id;
  const effectText = (direction: 'raises' | 'lowers') =>
    signpost.status === 'observed'
      ? o[`${direction}Observed`]
      : signpost.status === 'contradicted'
        ? o[`${direction}Contradicted`]
        : t[direction];
  const arrow = (direction: 'raises' | 'lowers') =>
    (direction === 'raises') === (signpost.status !== 'contradicted') ? '▲' : '▼';
  return (
    <li class="signpost">
      <p>
        <strong>{signpost.indicator}</strong>
      </p>
      {/* A line of its own: run on after the indicator, the status read as part of it. */}
      <p class={`status status-${signpost.status}`}>
        {t[signpost.status]}
        {signpost.observedAt && ` ${fill(t.observedOn, { date: formatDate(signpost.observedAt, lang) })}`}
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
            <span aria-hidden="true">{arrow(e.direction)}</span>{' '}
            {fill(effectText(e.direction), { title: titleOf(e.scenarioId) })}
          </span>
        ))}
      </p>
    </li>
  );
}
