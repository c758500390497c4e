import type { Briefing } from '../../model/types';
import type { Locale } from '../i18n/context';

/**
 * Adds read-aloud and share under a briefing (after <main>, below the fold, so nothing on screen moves).
 * Their code is a chunk of its own, fetched only when the reader comes within a screen of them, or
 * starts moving through the page by keyboard: a reader who stops at the headline pays nothing for it,
 * and the home page never fetches it. `held` is the briefing the app holds for this page, if any: its
 * scenarios go into a shared text.
 */
export function watchBriefingTools(main: HTMLElement, locale: Locale, held: () => Briefing | undefined): void {
  const host = document.createElement('div');
  main.after(host);
  let wanted = false;
  let shown: Element | null = null;
  const check = () => {
    const article = main.querySelector<HTMLElement>('article.briefing');
    if (!wanted || article === shown) return;
    shown = article;
    void import('../tools/mount').then((m) => m.mountTools(host, locale, article, held));
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
  near.observe(host);
  // The app swaps <main>'s children when the reader moves between pages.
  new MutationObserver(check).observe(main, { childList: true });
}
