import { Fragment, type ComponentChildren } from 'preact';
import type { BriefingCard } from '../../../model/types';
import { fill } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../i18n/format';
import { countryName, topicWords } from '../../i18n/names';
import { CardOutlook } from './CardOutlook';

/** One line of the home list: headline, standfirst, date, its countries and topics (each a link), the outlook's state. */
export function BriefingListItem({
  card,
  now,
  children,
}: {
  card: BriefingCard;
  now?: string;
  children?: ComponentChildren;
}) {
  const { t, lang } = useLocale();
  const retracted = card.status === 'retracted';
  return (
    <li class="card" lang={card.language === lang ? undefined : card.language}>
      <h2>
        <a href={`/briefings/${card.id}`}>{card.headline}</a>
      </h2>
      {retracted ? (
        <p class="label-retracted">
          {fill(t.retractedOn, { date: formatDate(card.retractedAt ?? card.modifiedAt, lang) })}
        </p>
      ) : (
        <>
          <p class="standfirst">{card.standfirst}</p>
          {children}
          <p class="meta">
            <time dateTime={card.publishedAt}>{formatDate(card.publishedAt, lang)}</time>
            {[
              ...card.countries.map((c) => [`/countries/${c.toLowerCase()}`, countryName(c, lang)]),
              ...card.topics.map((topic) => [`/topics/${encodeURIComponent(topic)}`, topicWords(topic)]),
            ].map(([href, name]) => (
              <Fragment key={href}>
                {' · '}
                <a href={href}>{name}</a>
              </Fragment>
            ))}
          </p>
          <CardOutlook card={card} now={now} />
        </>
      )}
    </li>
  );
}
