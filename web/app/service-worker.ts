import type { PageMessage, SwMessage } from '../sw-protocol';
import type { AppState } from './state';

const HOURLY = 60 * 60 * 1000;

interface Updates {
  update(): void;
  reload(): void;
}

/**
 * When this build's own files are gone from the server (a newer build replaced them), the page cannot
 * load its update watcher, and a new version is live: the registration itself says when it is waiting.
 */
async function waitingVersion(container: ServiceWorkerContainer, state: AppState): Promise<Updates> {
  const registration = await container.getRegistration();
  const show = () => (state.updateReady.value = Boolean(registration?.waiting));
  registration?.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', show));
  const update = () => void registration?.update().then(show, () => undefined);
  update();
  return {
    update,
    reload() {
      container.addEventListener('controllerchange', () => location.reload());
      registration?.waiting?.postMessage({ type: 'SKIP_WAITING' } satisfies PageMessage);
    },
  };
}

/**
 * Registers /sw.js and keeps it current. A first visit only registers: `onControlled` runs when the
 * first service worker takes the page, so the feed can be saved through it. Looking for a new version
 * (workbox-window, web/app/updates.ts) matters only once a worker controls the page, so its bytes come
 * then: on a later visit, or when this one comes back to the front or an hour has passed.
 */
export function registerServiceWorker(state: AppState, onControlled: (fresh: true) => void) {
  if (!('serviceWorker' in navigator)) return { update() {}, reload() {} };
  const container = navigator.serviceWorker;
  let updates: Promise<Updates> | undefined;
  const watch = () =>
    (updates ??= import('./updates').then(
      (m) => m.watchUpdates(state, onControlled),
      () => waitingVersion(container, state),
    ));
  container.addEventListener('message', (event: MessageEvent<SwMessage>) => {
    // The worker reached the server and saved what it sent, even if the page's own answer came from the copy (a slow network).
    if (event.data?.type !== 'synced') return;
    state.syncedAt.value = event.data.at;
    state.reachable.value = true;
    state.dropped.value = event.data.dropped ?? 0;
  });
  if (container.controller) void watch();
  else {
    container.addEventListener(
      'controllerchange',
      () => {
        // The page and what it fetched before a first worker took it were never the worker's to count.
        const bytes = (performance.getEntries() as PerformanceResourceTiming[]).reduce(
          (n, e) => n + (e.transferSize || 0),
          0,
        );
        container.controller?.postMessage({ type: 'USAGE', bytes } satisfies PageMessage);
        onControlled(true);
      },
      { once: true },
    );
    void container.register('/sw.js').catch(() => undefined);
  }
  const update = () => {
    if (container.controller) void watch().then((u) => u.update());
  };
  setInterval(update, HOURLY);
  return {
    update,
    /** The reader chose the new version: let it take over, then reload into it. */
    reload: () => void updates?.then((u) => u.reload()),
  };
}
