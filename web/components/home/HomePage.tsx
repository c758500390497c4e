import type { BriefingCard } from '../../../model/types';
import { useLocale } from '../../i18n/use-locale';
import { APP_DRAWN } from '../layout/app-drawn';
import { CardList } from './CardList';

/**
 * The current briefings, newest first, with a link to older ones when there are more. With `now`, an
 * outlook past its next review is flagged (the app passes the phone's time, so a saved list stays honest).
 */
export function HomePage({ cards, olderHref, now }: { cards: BriefingCard[]; olderHref?: string; now?: string }) {
  const { t } = useLocale();
  return (
    <>
      {/* What the reader follows, drawn by the app from this phone (web/follow/Following.tsx); the
          empty inner HTML tells Preact the content is not its own, so neither hydration nor a redraw clears it. */}
      <div id="following" dangerouslySetInnerHTML={APP_DRAWN} />
      <h1 class="page-title">{t.latest}</h1>
      <CardList cards={cards} empty={t.noBriefings} olderHref={olderHref} now={now} />
    </>
  );
}
