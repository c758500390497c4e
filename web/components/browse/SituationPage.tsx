import type { Follow } from '../../../model/follow';
import { followPath } from '../../../model/follow';
import type { Briefing, BriefingCard } from '../../../model/types';
import { fill } from '../../i18n/context';
import { useBrowse } from '../../i18n/browse';
import { useLocale } from '../../i18n/use-locale';
import { CardList } from '../home/CardList';
import { FollowButton } from './FollowButton';
import { OutlookSummary } from './OutlookSummary';

interface Props {
  follow: Follow;
  /** The country's name in the page's language, or the topic in words. */
  name: string;
  cards: BriefingCard[];
  /** The newest analysis with an outlook, shown first (only on the first page). */
  top?: Briefing | null;
  olderHref?: string;
  now: string;
}

/** A country's or a topic's page: its latest outlook, then its briefings newest first. */
export function SituationPage({ follow, name, cards, top, olderHref, now }: Props) {
  const w = useBrowse();
  const { t } = useLocale();
  const feed = followPath(follow);
  return (
    <>
      <h1 class="page-title">{name}</h1>
      <p class="situation-tools">
        <FollowButton follow={follow} name={name} /> {w.thisFeed}
        {t.colon} <a href={`${feed}/feed.atom`}>Atom</a> · <a href={`${feed}/feed.json`}>JSON</a>
      </p>
      {top && <OutlookSummary briefing={top} heading={w.latestOutlook} now={now} />}
      <CardList cards={cards} empty={fill(w.noneOn, { name })} olderHref={olderHref} now={now} />
    </>
  );
}
