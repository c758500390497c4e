import type { PageMessage, SwMessage } from '../sw-protocol';
import type { AppState } from './state';

const HOURLY = 60 * 60 * 1000;

/**
 * Registers /sw.js and keeps it current: a new version waits until the reader chooses to reload (never
 * old HTML with new scripts), looked for hourly and whenever the app returns. `onControlled` runs when a
 * first service worker takes the page, so the feed can be saved through it. The browser's own API, not
 * workbox-window: the few lines this needs cost every first visit far less than the library.
 */
export function registerServiceWorker(state: AppState, onControlled: (fresh: true) => void) {
  const sw = navigator.serviceWorker;
  if (!sw) return { update() {}, reload() {} };
  let reloading = false;
  let registration: ServiceWorkerRegistration | undefined;
  // A version waits only where another controls the page: the very first one takes over straight away.
  const waiting = () => {
    if (registration?.waiting && sw.controller) state.updateReady.value = true;
  };
  const watch = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => worker.state === 'installed' && waiting());
  // A page open since the first visit sees both the first worker take over and, hours later, its successor.
  sw.addEventListener('controllerchange', () => (reloading ? location.reload() : onControlled(true)));
  sw.addEventListener('message', (event: MessageEvent<SwMessage>) => {
    // The worker reached the server and saved what it sent, even if the page's own answer came from the copy (a slow network).
    if (event.data?.type !== 'synced') return;
    state.syncedAt.value = event.data.at;
    state.reachable.value = true;
    state.dropped.value = event.data.dropped ?? 0;
  });
  // Registered once the page has loaded, so installing never competes with the page's own downloads.
  const register = () =>
    void sw.register('/sw.js').then(
      (r) => {
        registration = r;
        waiting();
        watch(r.installing);
        r.addEventListener('updatefound', () => watch(r.installing));
      },
      () => undefined,
    );
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
  const update = () => void registration?.update().catch(() => undefined);
  setInterval(update, HOURLY);
  return {
    update,
    /** The reader chose the new version: let it take over, then reload into it. */
    reload() {
      reloading = true;
      registration?.waiting?.postMessage({ type: 'SKIP_WAITING' } satisfies PageMessage);
    },
  };
}
