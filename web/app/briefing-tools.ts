import type { Briefing } from '../briefing/types';
import type { Locale } from '../i18n/context';

/**
 * Adds read-aloud and share under a briefing (after <main>, below the fold, so nothing on screen moves).
 * Their code is a chunk of its own, fetched only when a briefing is shown, never on the home page.
 * `held` is the briefing the app holds for this page, if any: its scenarios go into a shared text.
 */
export function watchBriefingTools(main: HTMLElement, locale: Locale, held: () => Briefing | undefined): void {
  const host = document.createElement('div');
  main.after(host);
  let shown: Element | null = null;
  const check = () => {
    const article = main.querySelector<HTMLElement>('article.briefing');
    if (article === shown) return;
    shown = article;
    void import('../tools/mount').then((m) => m.mountTools(host, locale, article, held));
  };
  check();
  // The app swaps <main>'s children when the reader moves between pages.
  new MutationObserver(check).observe(main, { childList: true });
}
