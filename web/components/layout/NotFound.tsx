import { useLocale } from '../../i18n/use-locale';
import { notFoundStrings } from '../../i18n/not-found';

/** A 404 that helps: says what happened and where to go instead. */
export function NotFound() {
  const t = notFoundStrings(useLocale().lang);
  return (
    <>
      <h1 class="page-title">{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <a href="/">{t.backHome}</a>
      </p>
    </>
  );
}
