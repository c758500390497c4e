import type { ComponentChildren } from 'preact';
import { useLocale } from '../../i18n/context';

/** What every page shares: a skip link, the masthead, the main landmark and the footer. */
export function Shell({ children }: { children: ComponentChildren }) {
  const { t } = useLocale();
  return (
    <>
      <a class="skip" href="#main">
        {t.skipToContent}
      </a>
      <header class="masthead">
        <a href="/" class="brand">
          {t.siteName}
        </a>
      </header>
      <main id="main">{children}</main>
      <footer class="foot">
        <p>
          {t.tagline} <a href="/feed.json">{t.feed}</a> · <a href="/about/format">{t.aboutFormat}</a>
        </p>
      </footer>
    </>
  );
}
