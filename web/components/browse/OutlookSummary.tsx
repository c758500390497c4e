import type { Briefing } from '../../../model/types';
import { fill } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';
import { useBrowse } from '../../i18n/browse';
import { formatDate } from '../../i18n/format';
import { LikelihoodChip } from '../briefing/LikelihoodChip';
import { outcomeText } from '../outlook/words';

/**
 * A briefing's outlook in a few lines: the question, each scenario with what became of it or, while
 * it is open, its likelihood, and when it was reviewed.
 */
export function OutlookSummary({ briefing: b, heading }: { briefing: Briefing; heading?: string }) {
  const locale = useLocale();
  const { t, lang } = locale;
  const w = useBrowse();
  const next = b.whatComesNext;
  if (!next || b.status === 'retracted') return null;
  return (
    <div class="outlook-summary" lang={b.language === lang ? undefined : b.language}>
      {heading && <h2>{heading}</h2>}
      <p class="question">{next.question}</p>
      <ul>
        {next.scenarios.map(({ id, title, likelihood, resolution: r }) => (
          <li key={id}>
            {r?.outcome && r.resolvedAt ? (
              <strong>{outcomeText(title, r.outcome, r.resolvedAt, locale)}</strong>
            ) : (
              <>
                {title} <LikelihoodChip likelihood={likelihood} />
              </>
            )}
          </li>
        ))}
      </ul>
      <p class="meta">
        {fill(t.reviewed, { date: formatDate(next.lastReviewedAt, lang) })} ·{' '}
        <a href={`/briefings/${b.id}`}>{w.readBriefing}</a>
      </p>
    </div>
  );
}
