import type { BriefingCard } from '../../../model/types';
import { fill } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../i18n/format';
import { likelihoodText } from '../outlook/words';

/** A card's outlook in one line: its likeliest scenario in words (or that none is assessed), and its review. */
export function CardOutlook({ card, now }: { card: BriefingCard; now?: string }) {
  const locale = useLocale();
  const { t, lang } = locale;
  if (card.scenarioCount === 0 || !card.lastReviewedAt) return null;
  return (
    <p class="meta outlook-state">
      {card.likeliest
        ? fill(t.cardLikeliest, {
            title: card.likeliest.title,
            likelihood: likelihoodText(card.likeliest.likelihood, locale),
          })
        : fill(t.cardNotAssessed, { n: card.scenarioCount })}{' '}
      · {fill(t.reviewedShort, { date: formatDate(card.lastReviewedAt, lang) })}
      {now && card.nextReviewDue && Date.parse(card.nextReviewDue) < Date.parse(now) && (
        <strong class="flag"> · {t.reviewOverdueShort}</strong>
      )}
    </p>
  );
}
