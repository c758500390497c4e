import type { Briefing } from '../../../model/types';
import { useLocale } from '../../i18n/context';
import { countryName, storyWords, topicWords } from '../../i18n/names';
import { FollowButton } from './FollowButton';

/**
 * Under a briefing: its countries, topics and story, each a page of its own, "earlier" and "later"
 * in its story, and a Follow button for the situation it follows most closely.
 */
export function SituationLinks({ briefing: b }: { briefing: Briefing }) {
  const { t, lang } = useLocale();
  const countries = b.geo.countries;
  const first = b.story
    ? { follow: { kind: 'story' as const, value: b.story }, name: storyWords(b.story) }
    : countries[0]
      ? {
          follow: { kind: 'country' as const, value: countries[0].toLowerCase() },
          name: countryName(countries[0], lang),
        }
      : b.topics[0]
        ? { follow: { kind: 'topic' as const, value: b.topics[0] }, name: topicWords(b.topics[0]) }
        : undefined;
  const list = (label: string, items: [string, string][]) =>
    items.length > 0 && (
      <p>
        {label}
        {t.colon}{' '}
        {items.map(([href, text], i) => (
          <span key={href}>
            {i > 0 && ', '}
            <a href={href}>{text}</a>
          </span>
        ))}
      </p>
    );
  return (
    <nav class="situations" aria-label={t.follow}>
      {list(
        t.countries,
        countries.map((c) => [`/countries/${c.toLowerCase()}`, countryName(c, lang)]),
      )}
      {list(
        t.topics,
        b.topics.map((topic) => [`/topics/${encodeURIComponent(topic)}`, topicWords(topic)]),
      )}
      {b.story && (
        <p>
          {t.story}
          {t.colon} <a href={`/stories/${b.story}`}>{storyWords(b.story)}</a> ·{' '}
          <a href={`/briefings/${b.id}/earlier`} rel="prev">
            ← {t.earlier}
          </a>{' '}
          ·{' '}
          <a href={`/briefings/${b.id}/later`} rel="next">
            {t.later} →
          </a>
        </p>
      )}
      {first && <FollowButton follow={first.follow} name={first.name} />}
    </nav>
  );
}
