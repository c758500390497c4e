import { useLocale } from '../../i18n/use-locale';

/** What the service worker shows for a page it never saved when there is no network: a way to what it did save. */
export function OfflinePage() {
  const { t } = useLocale();
  return (
    <section class="offline-page">
      <h1 class="page-title">{t.offlineTitle}</h1>
      <p>{t.offlineText}</p>
      <p>
        <a href="/">{t.offlineLink}</a>
      </p>
    </section>
  );
}
