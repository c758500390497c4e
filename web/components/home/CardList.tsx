import type { BriefingCard } from '../../../model/types';
import { useLocale } from '../../i18n/use-locale';
import { BriefingListItem } from './BriefingListItem';

interface Props {
  cards: BriefingCard[];
  /** What is said when there are no cards. */
  empty: string;
  olderHref?: string;
  now?: string;
}

/** Briefing cards newest first, or what to say when there are none, and the link to older ones. */
export function CardList({ cards, empty, olderHref, now }: Props) {
  const { t } = useLocale();
  return (
    <>
      {cards.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul class="cards">
          {cards.map((c) => (
            <BriefingListItem key={c.id} card={c} now={now} />
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
