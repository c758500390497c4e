import { Fragment, type ComponentChildren } from 'preact';
import type { BriefingCard } from '../../../model/types';
import { fill } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../i18n/format';
import { countryName, topicName } from '../../i18n/names';
import { CardOutlook } from './CardOutlook';
import { languageName } from '../../i18n/read-in';
import { primaryLanguage } from '../../../model/translation';

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
  const locale = useLocale();
  const { t, lang } = locale;
  const retracted = card.status === 'retracted';
  // The briefing's own words carry its language; the interface's words around them, the page's.
  const own = card.language === lang ? undefined : card.language;
  const foreign = primaryLanguage(card.language) !== lang;
  return (
    <li class="card">
      {foreign && <p class="card-lang">{fill(t.writtenIn, { language: languageName(card.language, lang) })}</p>}
      <h2 lang={own}>
        <a href={`/briefings/${card.id}`}>{card.headline}</a>
      </h2>
      {retracted ? (
        <p class="label-retracted">
          {fill(t.retractedOn, { date: formatDate(card.retractedAt ?? card.modifiedAt, lang) })}
        </p>
      ) : (
        <>
          <p class="standfirst" lang={own}>
            {card.standfirst}
          </p>
          {children}
          <p class="meta">
            <time dateTime={card.publishedAt}>{formatDate(card.publishedAt, lang)}</time>
            {[
              ...card.countries.map((c) => [`/countries/${c.toLowerCase()}`, countryName(c, lang)]),
              ...card.topics.map((topic) => [`/topics/${encodeURIComponent(topic)}`, topicName(locale, topic)]),
            ]
              // A topic named as a country already listed ("Niger" and Niger) is said once, as the country.
              .filter(([, name], i, all) => all.findIndex(([, other]) => other === name) === i)
              .map(([href, name]) => (
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
