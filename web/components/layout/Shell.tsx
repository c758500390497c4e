import type { ComponentChildren } from 'preact';
import { useLocale } from '../../i18n/use-locale';
import { LANGUAGE_NAMES, LANGUAGES } from '../../i18n/languages';
import { siteStrings } from '../../i18n/site';
import type { Prefs } from '../../prefs/prefs';
import { SearchForm } from '../browse/SearchForm';
import { DisplayLinks } from './DisplayLinks';

/** What every page shares: a skip link, the masthead, the main landmark and the footer. */
export function Shell({
  children,
  prefs,
  path = '/',
  after,
}: {
  children: ComponentChildren;
  prefs?: Prefs;
  path?: string;
  /** What follows the page's content, outside what the app redraws (a briefing's links to its situations). */
  after?: ComponentChildren;
}) {
  const { t, lang } = useLocale();
  const site = siteStrings(lang);
  return (
    <>
      <a class="skip" href="#main">
        {site.skipToContent}
      </a>
      <header class="masthead">
        <a href="/" class="brand">
          {site.siteName}
        </a>
        <SearchForm />
        {/* A plain link, so the switch works without JavaScript; the server saves the choice. */}
        <nav class="langs" aria-label={t.language}>
          {LANGUAGES.filter((other) => other !== lang).map((other) => (
            <a key={other} href={`?lang=${other}`} hreflang={other} lang={other}>
              {LANGUAGE_NAMES[other]}
            </a>
          ))}
        </nav>
      </header>
      {/* The app's bar (web/main.tsx): its room is kept from the first paint where the app will run, so it shifts nothing. */}
      <div class="appbar" />
      <main id="main">{children}</main>
      {after}
      <footer class="foot">
        <p>
          {site.tagline} <a href="/feed.json">{t.feed}</a> · <a href="/about/format">{site.aboutFormat}</a>
        </p>
        <DisplayLinks prefs={prefs} path={path} />
      </footer>
    </>
  );
}
