import { recentMove } from '../../../model/last-move';
import type { Briefing } from '../../../model/types';
import { fill } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';
import { useBrowse } from '../../i18n/browse';
import { formatDate } from '../../i18n/format';
import { LikelihoodChip } from '../briefing/LikelihoodChip';
import { MoveNote } from '../outlook/MoveNote';
import { outcomeText } from '../outlook/words';

/**
 * A briefing's outlook in a few lines: the question, each scenario with what became of it or, while
 * it is open, its likelihood and its move when recent at `now`, and when it was reviewed.
 */
export function OutlookSummary({ briefing: b, heading, now }: { briefing: Briefing; heading?: string; now: string }) {
  const locale = useLocale();
  const { t, lang } = locale;
  const w = useBrowse();
  const next = b.whatComesNext;
  if (!next || b.status === 'retracted') return null;
  const move = recentMove(b, now);
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
                {move?.scenarios.map(
                  (m) => m.id === id && <MoveNote key={id} from={m.from} to={likelihood} at={move.at} />,
                )}
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
