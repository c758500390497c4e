import type { Neighbours } from '../../../model/story-order';
import type { Briefing } from '../../../model/types';
import { useBrowse } from '../../i18n/browse';
import { useLocale } from '../../i18n/use-locale';
import { countryName, storyName, topicName } from '../../i18n/names';
import { FollowButton } from './FollowButton';

type Link = [href: string, text: string];

/**
 * Under a briefing: a Follow button for the situation it follows most closely; its countries, topics
 * and story, each labelled and a page of its own; and the briefings just before and after it in its
 * story, linked directly (so a saved copy opens offline), each only where there is one.
 */
export function SituationLinks({ briefing: b, neighbours = {} }: { briefing: Briefing; neighbours?: Neighbours }) {
  const locale = useLocale();
  const { t, lang } = locale;
  const w = useBrowse();
  const countries = b.geo.countries.map((c): Link => [`/countries/${c.toLowerCase()}`, countryName(c, lang)]);
  const topics = b.topics.map((topic): Link => [`/topics/${encodeURIComponent(topic)}`, topicName(locale, topic)]);
  const story: Link[] = b.story ? [[`/stories/${b.story}`, storyName(locale, b.story)]] : [];
  const first = story[0] ?? countries[0] ?? topics[0];
  if (!first) return null;
  const follow = b.story
    ? { kind: 'story' as const, value: b.story }
    : {
        kind: first[0].startsWith('/c') ? ('country' as const) : ('topic' as const),
        value: decodeURIComponent(first[0].split('/')[2]),
      };
  const row = (label: string, links: Link[]) =>
    links.length > 0 && (
      <p>
        {label}
        {t.colon}{' '}
        {links.map(([href, text], i) => (
          <span key={href}>
            {i > 0 && ', '}
            <a href={href}>{text}</a>
          </span>
        ))}
      </p>
    );
  const { earlier, later } = neighbours;
  return (
    <nav class="situations">
      <p>
        <FollowButton follow={follow} name={first[1]} />
      </p>
      {row(countries.length > 1 ? w.countries : w.country, countries)}
      {row(topics.length > 1 ? w.topics : w.topic, topics)}
      {row(w.story, story)}
      {(earlier || later) && (
        <p>
          {earlier && (
            <a href={`/briefings/${earlier}`} rel="prev">
              ← {w.earlier}
            </a>
          )}
          {earlier && later && ' · '}
          {later && (
            <a href={`/briefings/${later}`} rel="next">
              {w.later} →
            </a>
          )}
        </p>
      )}
    </nav>
  );
}
