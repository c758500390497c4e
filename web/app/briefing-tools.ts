import type { Briefing } from '../../model/types';
import type { Locale } from '../i18n/context';

/**
 * Adds read-aloud and share under a briefing, below the fold. Their chunk is fetched only when the reader
 * comes within a screen of them or moves by keyboard; `held` (the briefing the app holds, if any) gives
 * the shared text its scenarios.
 */
export function watchBriefingTools(main: HTMLElement, locale: Locale, held: () => Briefing | undefined): void {
  // The tools come before the sources, where a reader finishing the text meets them; a briefing the
  // app drew gets its situations under <main>, where the server puts them.
  const host = document.createElement('div');
  host.lang = locale.lang;
  const below = document.createElement('div');
  main.after(below);
  const place = (article: Element | null) => article?.querySelector(':scope > .sources')?.before(host);
  let wanted = false;
  let shown: Element | null = null;
  const check = () => {
    const article = main.querySelector<HTMLElement>('article.briefing');
    if (!wanted || article === shown) return;
    shown = article;
    void import('../tools/mount').then((m) => m.mountTools([host, below], locale, article, held));
  };
  // Safari 12.0 has no IntersectionObserver: there the tools come at once.
  const near = window.IntersectionObserver
    ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && want(), {
        rootMargin: '0px 0px 100% 0px',
      })
    : { observe: () => want(), disconnect() {} };
  const onKey = (event: KeyboardEvent) => event.key === 'Tab' && want();
  function want(): void {
    wanted = true;
    near.disconnect();
    removeEventListener('keydown', onKey);
    check();
  }
  addEventListener('keydown', onKey);
  // Watched once a briefing is on screen: an empty <main> (a page the app draws) puts them in view at once.
  const watch = () => {
    const article = main.querySelector('article.briefing');
    place(article);
    if (article) near.observe(host);
  };
  watch();
  // The app swaps <main>'s children when the reader moves between pages.
  new MutationObserver(() => (watch(), check())).observe(main, { childList: true });
}
