import { isRecent, position } from '../../../model/last-move';
import type { Assessed, BriefingCard } from '../../../model/types';
import { fill, type Locale } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../i18n/format';
import { likelihoodText, outcomeText, wholeDate } from '../outlook/words';

/** "“Junta extends transition” likely ↑ from roughly even chance · 3 Dec 2026": the outlook's recent move. */
function movedText({ title, from, to, at }: NonNullable<BriefingCard['moved']>, locale: Locale): string {
  // The terms alone, unless the move stayed within one term: then its percentages tell it.
  const word = (l: Assessed) => (from.term === to.term ? likelihoodText(l, locale) : locale.t[l.term]).toLowerCase();
  const arrow = position(to) > position(from) ? '↑' : '↓';
  return `${fill(locale.t.cardMoved, { title, to: word(to), arrow, from: word(from) })} · ${wholeDate(at, locale.lang)}`;
}

/**
 * A card's outlook in one line: what became of it once a scenario is resolved, then what is still open
 * (its likeliest scenario in words, or how many are left unassessed), and its review; under it, what
 * moved lately.
 */
export function CardOutlook({ card, now }: { card: BriefingCard; now?: string }) {
  const locale = useLocale();
  const { t, lang } = locale;
  if (card.scenarioCount === 0 || !card.lastReviewedAt) return null;
  const r = card.resolved;
  const open = card.scenarioCount - (r?.count ?? 0);
  const parts = [
    r && outcomeText(r.title, r.outcome, r.at, locale),
    // What is still open: its likeliest scenario, else how many are open and not assessed.
    card.likeliest
      ? fill(t.cardLikeliest, {
          title: card.likeliest.title,
          likelihood: likelihoodText(card.likeliest.likelihood, locale),
        })
      : open > 0 && fill(t.cardNotAssessed, { n: open }),
    fill(t.reviewedShort, { date: formatDate(card.lastReviewedAt, lang) }),
  ];
  return (
    <>
      <p class="meta outlook-state">
        {parts.filter(Boolean).join(' · ')}
        {now && !(r && open === 0) && card.nextReviewDue && Date.parse(card.nextReviewDue) < Date.parse(now) && (
          <strong class="flag"> · {t.reviewOverdueShort}</strong>
        )}
      </p>
      {card.moved && isRecent(card.moved.at, now) && <p class="meta outlook-moved">{movedText(card.moved, locale)}</p>}
    </>
  );
}
