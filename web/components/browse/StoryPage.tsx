import type { Briefing } from '../../../model/types';
import { useLocale } from '../../i18n/use-locale';
import { useBrowse } from '../../i18n/browse';
import { formatDate } from '../../i18n/format';
import { storyName } from '../../i18n/names';
import { FollowButton } from './FollowButton';
import { OutlookSummary } from './OutlookSummary';

/** A story as a timeline, oldest first: each briefing, its date, and what its outlook said then. */
export function StoryPage({ story, briefings, now }: { story: string; briefings: Briefing[]; now: string }) {
  const locale = useLocale();
  const { t, lang } = locale;
  const w = useBrowse();
  const name = storyName(locale, story);
  const feed = `/stories/${story}`;
  return (
    <>
      <p class="kicker">{w.storyTitle}</p>
      <h1 class="page-title">{name}</h1>
      <p class="situation-tools">
        <FollowButton follow={{ kind: 'story', value: story }} name={name} /> {w.thisFeed}
        {t.colon} <a href={`${feed}/feed.atom`}>Atom</a> · <a href={`${feed}/feed.json`}>JSON</a>
      </p>
      <ol class="timeline">
        {briefings.map((b) => (
          <li key={b.id} lang={b.language === lang ? undefined : b.language}>
            <p class="meta">
              <time dateTime={b.publishedAt}>{formatDate(b.publishedAt, lang)}</time>
              {b.status === 'retracted' && <strong class="label-retracted"> · {t.retracted}</strong>}
            </p>
            <h2>
              <a href={`/briefings/${b.id}`}>{b.headline}</a>
            </h2>
            <p class="standfirst">{b.standfirst}</p>
            <OutlookSummary briefing={b} now={now} />
          </li>
        ))}
      </ol>
    </>
  );
}
