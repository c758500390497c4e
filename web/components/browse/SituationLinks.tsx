import type { Briefing } from '../../../model/types';
import { useBrowse } from '../../i18n/browse';
import { useLocale } from '../../i18n/use-locale';
import { countryName, storyName, topicName } from '../../i18n/names';
import { FollowButton } from './FollowButton';

/**
 * Under a briefing: its countries, topics and story, each a page of its own, "earlier" and "later"
 * in its story, and a Follow button for the situation it follows most closely.
 */
export function SituationLinks({ briefing: b }: { briefing: Briefing }) {
  const locale = useLocale();
  const { lang } = locale;
  const w = useBrowse();
  const links: [string, string, string?][] = [
    ...b.geo.countries.map((c): [string, string] => [`/countries/${c.toLowerCase()}`, countryName(c, lang)]),
    ...b.topics.map((topic): [string, string] => [`/topics/${encodeURIComponent(topic)}`, topicName(locale, topic)]),
  ];
  if (b.story)
    links.push(
      [`/stories/${b.story}`, storyName(locale, b.story)],
      [`/briefings/${b.id}/earlier`, `← ${w.earlier}`, 'prev'],
      [`/briefings/${b.id}/later`, `${w.later} →`, 'next'],
    );
  const [first] = links;
  if (!first) return null;
  const follow = b.story
    ? { kind: 'story' as const, value: b.story }
    : {
        kind: first[0].startsWith('/c') ? ('country' as const) : ('topic' as const),
        value: decodeURIComponent(first[0].split('/')[2]),
      };
  return (
    <nav class="situations">
      <FollowButton follow={follow} name={b.story ? storyName(locale, b.story) : first[1]} />{' '}
      {links.map(([href, text, rel], i) => (
        <span key={href}>
          {i > 0 && ' · '}
          <a href={href} rel={rel}>
            {text}
          </a>
        </span>
      ))}
    </nav>
  );
}
