import { MARK_END, MARK_START, MAX_QUERY, type SearchOutcome } from '../../../model/search';
import { fill } from '../../i18n/context';
import { useBrowse } from '../../i18n/browse';
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
  const w = useBrowse();
  return (
    <>
      <h1 class="page-title">{w.searchTitle}</h1>
      <SearchForm q={q} />
      {saved && <p class="note">{w.searchedSaved}</p>}
      {outcome.kind === 'empty' && <p>{w.searchEmpty}</p>}
      {outcome.kind === 'too-long' && <p>{fill(w.searchTooLong, { n: MAX_QUERY })}</p>}
      {outcome.kind === 'results' &&
        (outcome.hits.length === 0 ? (
          <p>{fill(w.searchNone, { q })}</p>
        ) : (
          <>
            <h2>{fill(w.searchResults, { q })}</h2>
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
