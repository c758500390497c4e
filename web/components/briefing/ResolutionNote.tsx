import type { Scenario } from '../../../model/types';
import { fill, useLocale } from '../../i18n/context';
import { formatDate } from '../../i18n/format';

/** A resolved scenario's outcome and date, the criteria it was resolved against, and the editor's note. */
export function ResolutionNote({ scenario }: { scenario: Scenario }) {
  const { t, lang } = useLocale();
  const r = scenario.resolution;
  if (!r?.outcome || !r.resolvedAt) return null;
  return (
    <div class={`resolution resolution-${r.outcome}`}>
      <p>
        <strong>{fill(t.resolvedOn, { date: formatDate(r.resolvedAt, lang), outcome: t[r.outcome] })}</strong>
      </p>
      <p class="why">
        {t.resolutionCriteria}
        {t.colon} {r.criteria}
      </p>
      {r.note && (
        <p class="why">
          {t.note}
          {t.colon} {r.note}
        </p>
      )}
    </div>
  );
}
