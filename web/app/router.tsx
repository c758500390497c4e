import { PageView } from '../components/pwa/PageView';
import { LocaleContext, type Locale } from '../i18n/context';
import type { BriefingIndex } from '../../model/types';
import { OFFLINE_SHELL } from '../sw-protocol';
import { viewOf } from './data';
import { mount } from './mount';
import { routeOf, type Route } from './routes';
import type { AppState } from './state';

/**
 * Owns <main>: hydrates the server's page once the data it was rendered from is here, then moves
 * between the home page and briefings without reloading (same-origin links, with history).
 * Whatever it cannot render itself (no data offline, another page), the browser loads as usual.
 */
export function createRouter(state: AppState, locale: Locale, main: HTMLElement) {
  // The feed revision the server rendered this page at, and whether it is the page it says it is.
  const pageRevision = Number(
    document.querySelector<HTMLMetaElement>('meta[name="briefing-revision"]')?.content ?? NaN,
  );
  // The service worker's shell for a page it never saved (web/sw/offline.ts): nothing to adopt, all to draw.
  const shell = main.hasAttribute(OFFLINE_SHELL);
  let mounted = false;
  let current = routeOf(new URL(location.href));

  /** Shows `route` from `feed` (or the offline notice), mounting the app on first use; false when the feed lacks its data. */
  async function show(route: Route | 'offline', feed: BriefingIndex | null, adopt = false): Promise<boolean> {
    const view = route === 'offline' ? { kind: 'offline' as const } : feed && (await viewOf(route, feed));
    if (!view) return false;
    state.view.value = view;
    document.title =
      view.kind === 'briefing'
        ? `${view.briefing.headline} · Briefing`
        : view.kind === 'home'
          ? 'Briefing'
          : `${locale.t.offlineTitle} · Briefing`;
    if (!mounted) {
      mounted = true;
      // The top of a briefing the service worker put in its shell was painted before the app started (the
      // page's loader starts it once that paint is shown): the app draws the whole page in its place, in one
      // task, so there is one <h1>, and what watches <main> sees the new <article>.
      if (shell) main.textContent = '';
      mount(
        () => (
          <LocaleContext.Provider value={locale}>
            <PageView state={state} />
          </LocaleContext.Provider>
        ),
        main,
        adopt,
      );
    }
    return true;
  }

  /** Called with every feed (saved copy or fresh): keeps the page on screen in step with it. */
  function refresh(feed: BriefingIndex): void {
    const { revision } = feed;
    // Never adopt the server's page with older data than it was rendered from (a retraction, say).
    if (current && (shell || mounted || revision >= pageRevision))
      void show(current, feed, revision === pageRevision && !shell);
  }

  /** Called once this phone's saved feed has been read: a shell it cannot fill says the reader is offline. */
  async function settle(feed: BriefingIndex | undefined): Promise<void> {
    if (shell && !mounted && !(current && feed && (await show(current, feed)))) await show('offline', null);
  }

  async function go(url: URL, route: Route, push: boolean): Promise<void> {
    const feed = state.feed.value;
    if (!feed || !(await show(route, feed))) return location.assign(url.href);
    current = route;
    // The server's links from the page first shown to its situations belong to that page alone.
    document.querySelector('body > .situations')?.remove();
    if (push) history.pushState(null, '', url.href);
    shown = url.pathname + url.search;
    // As after a page load: at the top, and a screen reader starts at the new page's content.
    main.tabIndex = -1;
    main.focus();
    scrollTo(0, 0);
  }

  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.('a');
    if (
      !link ||
      event.defaultPrevented ||
      event.button ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      link.target
    )
      return;
    const url = new URL(link.href);
    const route = routeOf(url);
    // In-page anchors (the skip link, a section) stay the browser's.
    if (!route || (url.hash && url.pathname === location.pathname)) return;
    event.preventDefault();
    void go(url, route, true);
  });

  // The address of the page on screen: a fragment (the skip link, a section's anchor) moves within it.
  let shown = location.pathname + location.search;
  addEventListener('popstate', () => {
    const url = new URL(location.href);
    if (url.pathname + url.search === shown) return;
    shown = url.pathname + url.search;
    const route = routeOf(url);
    if (route) void go(url, route, false);
    else location.reload();
  });

  return { refresh, settle };
}
