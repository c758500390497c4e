import { useLocale } from '../../i18n/context';

/** The search box of every masthead: a plain GET form, so it works without JavaScript. */
export function SearchForm({ q = '' }: { q?: string }) {
  const { t } = useLocale();
  return (
    <form role="search" action="/search" method="get" class="search">
      <input type="search" name="q" value={q} maxLength={200} aria-label={t.searchLabel} placeholder={t.search} />
      <button type="submit">{t.search}</button>
    </form>
  );
}
