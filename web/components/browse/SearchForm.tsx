import { useBrowse } from '../../i18n/browse';

/** The search box of every masthead: a plain GET form (Enter sends it), so it works without JavaScript. */
export function SearchForm({ q = '' }: { q?: string }) {
  const w = useBrowse();
  return (
    <form role="search" action="/search" class="search">
      <input type="search" name="q" value={q || undefined} placeholder={w.searchLabel} />
    </form>
  );
}
