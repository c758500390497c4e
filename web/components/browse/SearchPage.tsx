import { MARK_END, MARK_START, MAX_QUERY, type SearchOutcome } from '../../../model/search';
import { fill, useLocale } from '../../i18n/context';
import { BriefingListItem } from '../home/BriefingListItem';
import { SearchForm } from './SearchForm';

/** An excerpt with its matching words in <mark>. */
function Excerpt({ text }: { text: string }) {
  const parts = text.split(MARK_START);
  return (
    <p class="excerpt">
      {parts[0]}
      {parts.slice(1).map((part, i) => {
        const [marked, rest] = part.split(MARK_END);
        return (
          <span key={i}>
            <mark>{marked}</mark>
            {rest}
          </span>
        );
      })}
    </p>
  );
}

/** The search page: the form, then what it found or why it did not search; `saved` offline. */
export function SearchPage({ q, outcome, saved }: { q: string; outcome: SearchOutcome; saved?: boolean }) {
  const { t } = useLocale();
  return (
    <>
      <h1 class="page-title">{t.searchTitle}</h1>
      <SearchForm q={q} />
      {saved && <p class="note">{t.searchedSaved}</p>}
      {outcome.kind === 'empty' && <p>{t.searchEmpty}</p>}
      {outcome.kind === 'too-long' && <p>{fill(t.searchTooLong, { n: MAX_QUERY })}</p>}
      {outcome.kind === 'results' &&
        (outcome.hits.length === 0 ? (
          <p>{fill(t.searchNone, { q })}</p>
        ) : (
          <>
            <h2>{fill(t.searchResults, { q })}</h2>
            <ul class="cards">
              {outcome.hits.map((h) => (
                <BriefingListItem key={h.card.id} card={h.card}>
                  <Excerpt text={h.excerpt} />
                </BriefingListItem>
              ))}
            </ul>
          </>
        ))}
    </>
  );
}
