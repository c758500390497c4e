import type { BriefingCard } from '../../../model/types';
import { fill, useLocale } from '../../i18n/context';
import { formatDate } from '../../i18n/format';
import { CardOutlook } from './CardOutlook';

const regionNames = new Map<string, Intl.DisplayNames>();

/** "Niger" for NE, in the interface's language; the code itself where Intl.DisplayNames is missing (Safari before 14.1). */
function countryName(code: string, lang: string): string {
  if (!Intl.DisplayNames) return code;
  let names = regionNames.get(lang);
  if (!names) regionNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'region' })));
  return names.of(code) ?? code;
}

/** One line of the home list: headline, standfirst, date, place, topics and the outlook's state. */
export function BriefingListItem({ card, now }: { card: BriefingCard; now?: string }) {
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
          <p class="meta">
            <time dateTime={card.publishedAt}>{formatDate(card.publishedAt, lang)}</time>
            {card.countries.length > 0 && ` · ${card.countries.map((c) => countryName(c, lang)).join(', ')}`}
            {card.topics.length > 0 && ` · ${card.topics.join(', ')}`}
          </p>
          <CardOutlook card={card} now={now} />
        </>
      )}
    </li>
  );
}
