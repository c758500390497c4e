import { outlookStrings } from '../../i18n/outlook';
import type { Scenario } from '../../../model/types';
import { fill } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../i18n/format';

/** A resolved scenario's outcome and date, the criteria it was resolved against, and the editor's note. */
export function ResolutionNote({ scenario }: { scenario: Scenario }) {
  const { t, lang } = useLocale();
  const o = outlookStrings(lang);
  const r = scenario.resolution;
  if (!r?.outcome || !r.resolvedAt) return null;
  return (
    <div class={`resolution resolution-${r.outcome}`}>
      <p>
        <strong>{fill(o.resolvedOn, { date: formatDate(r.resolvedAt, lang), outcome: o[r.outcome] })}</strong>
      </p>
      <p class="why">
        {o.resolutionCriteria}
        {t.colon} {r.criteria}
      </p>
      {r.note && (
        <p class="why">
          {o.note}
          {t.colon} {r.note}
        </p>
      )}
      {r.amendments?.map((a) => (
        <p class="why" key={a.at}>
          {fill(o.amendedOn, { date: formatDate(a.at, lang), outcome: o[a.previous.outcome], note: a.note })}
        </p>
      ))}
    </div>
  );
}
