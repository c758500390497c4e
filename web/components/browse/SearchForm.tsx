import { useBrowse } from '../../i18n/browse';

/**
 * The search box of every masthead: a plain GET form, so it works without JavaScript, with a button to
 * send it (not every phone's keyboard shows Enter as "search") and a placeholder short enough to show whole.
 */
export function SearchForm({ q = '' }: { q?: string }) {
  const w = useBrowse();
  return (
    <form role="search" action="/search" class="search">
      <input type="search" name="q" value={q || undefined} placeholder={w.search} aria-label={w.searchLabel} />
      <button type="submit" class="btn" aria-label={w.search}>
        →
      </button>
    </form>
  );
}
