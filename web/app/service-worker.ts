import type { PageMessage, SwMessage } from '../sw-protocol';
import type { AppState } from './state';

const HOURLY = 60 * 60 * 1000;

/**
 * Registers /sw.js and keeps it current: a new version waits until the reader chooses to reload (never
 * old HTML with new scripts), looked for hourly and whenever the app returns. `onControlled` runs when a
 * worker takes the page (the first, or a successor), so the feed can be saved through it. The standard
 * API, not workbox-window: its 1.4 KB would be paid on every first visit (docs/performance.md).
 */
export function registerServiceWorker(state: AppState, onControlled: (fresh: true) => void) {
  if (!('serviceWorker' in navigator))
    return { update() {}, reload() {}, installing: false, failed: Promise.resolve() };
  const container = navigator.serviceWorker;
  let controlled = Boolean(container.controller);
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    if (reloading) return location.reload();
    // The page and what it fetched before a first worker took it were never the worker's to count.
    if (!controlled) {
      controlled = true;
      const bytes = (performance.getEntries() as PerformanceResourceTiming[]).reduce(
        (n, e) => n + (e.transferSize || 0),
        0,
      );
      container.controller?.postMessage({ type: 'USAGE', bytes } satisfies PageMessage);
    }
    onControlled(true);
  });
  container.addEventListener('message', (event: MessageEvent<SwMessage>) => {
    // The worker reached the server and saved what it sent, even if the page's own answer came from the copy (a slow network).
    if (event.data?.type !== 'synced') return;
    state.syncedAt.value = event.data.at;
    state.reachable.value = true;
    state.dropped.value = event.data.dropped ?? 0;
  });
  const registered = container.register('/sw.js').then((registration) => {
    // A version waits once installed beside the one in control (a first worker only ever activates).
    const waits = () => (state.updateReady.value = Boolean(registration.waiting && container.controller));
    registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', waits));
    waits();
    return registration;
  });
  // No worker will take the page: registering failed, the first one's install was dropped (a full phone),
  // or one is active already without controlling the page (a reload that bypassed it).
  const failed = registered.then(
    (r) =>
      new Promise<void>((resolve) => {
        const coming = r.active ? null : r.installing;
        if (!coming) return resolve();
        coming.addEventListener('statechange', () => coming.state === 'redundant' && resolve());
      }),
    () => undefined,
  );
  const update = () => void registered.then((r) => r.update()).catch(() => undefined);
  setInterval(update, HOURLY);
  return {
    /** A first worker is on its way: it will take the page, and `onControlled` will run. */
    installing: !controlled,
    /** Settles only when no worker will take the page. */
    failed,
    update,
    /** The reader chose the new version: let it take over, then reload into it. */
    reload() {
      reloading = true;
      void registered.then((r) => r.waiting?.postMessage({ type: 'SKIP_WAITING' } satisfies PageMessage));
    },
  };
}
