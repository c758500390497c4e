import type { Briefing } from '../../model/types';
import type { Locale } from '../i18n/context';

/**
 * Adds read-aloud and share to a briefing, in its slot before the sources, and for a briefing the app
 * drew, its situations under <main>, where the server puts them. Their chunk is fetched only when the
 * reader comes within a screen of them (or of the page's end) or moves by keyboard; `held` (the briefing
 * the app holds, if any) gives the shared text its scenarios.
 */
export function watchBriefingTools(main: HTMLElement, locale: Locale, held: () => Briefing | undefined): void {
  const below = document.createElement('div');
  main.after(below);
  const article = () => main.querySelector<HTMLElement>('article.briefing');
  let wanted = false;
  let shown: Element | null = null;
  const check = () => {
    const current = article();
    if (!wanted || current === shown) return;
    shown = current;
    void import('../tools/mount').then((m) => m.mountTools(below, locale, current, held));
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
  // Watched once a briefing is on screen (an empty <main>, a page the app draws, puts them in view at
  // once), and the page's end too: a reader who jumps there passes the slot without it ever in view.
  const watch = () => {
    const slot = article()?.querySelector('.tools-slot');
    if (!slot) return;
    near.observe(slot);
    near.observe(below);
  };
  watch();
  // The app swaps <main>'s children when the reader moves between pages.
  new MutationObserver(() => (watch(), check())).observe(main, { childList: true });
}
