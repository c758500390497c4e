import type { BriefingCard } from '../../briefing/types';
import { useLocale } from '../../i18n/context';
import { BriefingListItem } from './BriefingListItem';

/** The current briefings, newest first, with a link to older ones when there are more. */
export function HomePage({ cards, olderHref }: { cards: BriefingCard[]; olderHref?: string }) {
  const { t } = useLocale();
  return (
    <>
      <h1 class="page-title">{t.latest}</h1>
      {cards.length === 0 ? (
        <p>{t.noBriefings}</p>
      ) : (
        <ul class="cards">
          {cards.map((c) => (
            <BriefingListItem key={c.id} card={c} />
          ))}
        </ul>
      )}
      {olderHref && (
        <p>
          <a href={olderHref} rel="next">
            {t.older} →
          </a>
        </p>
      )}
    </>
  );
}
