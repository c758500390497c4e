import { Workbox } from 'workbox-window';
import type { PageMessage, SwMessage } from '../sw-protocol';
import type { AppState } from './state';

const HOURLY = 60 * 60 * 1000;

/**
 * Registers /sw.js and keeps it current: a new version waits until the reader chooses to reload (never
 * old HTML with new scripts), looked for hourly and whenever the app returns. `onControlled` runs when a
 * first service worker takes the page, so the feed can be saved through it.
 */
export function registerServiceWorker(state: AppState, onControlled: (fresh: true) => void) {
  if (!('serviceWorker' in navigator)) return { update() {}, reload() {} };
  const wb = new Workbox('/sw.js');
  let controlledAtLoad = Boolean(navigator.serviceWorker.controller);
  let reloading = false;
  wb.addEventListener('waiting', () => (state.updateReady.value = true));
  // Not `event.isUpdate`: it only says whether a worker controlled the page when it loaded, and a page
  // open since the first visit sees both the first worker take over and, hours later, its successor.
  wb.addEventListener('controlling', () => {
    if (reloading) return location.reload();
    // The page and what it fetched before a first worker took it were never the worker's to count.
    if (!controlledAtLoad) {
      controlledAtLoad = true;
      const bytes = (performance.getEntries() as PerformanceResourceTiming[]).reduce(
        (n, e) => n + (e.transferSize || 0),
        0,
      );
      navigator.serviceWorker.controller?.postMessage({ type: 'USAGE', bytes } satisfies PageMessage);
    }
    onControlled(true);
  });
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<SwMessage>) => {
    // The worker reached the server and saved what it sent, even if the page's own answer came from the copy (a slow network).
    if (event.data?.type !== 'synced') return;
    state.syncedAt.value = event.data.at;
    state.reachable.value = true;
    state.dropped.value = event.data.dropped ?? 0;
  });
  void wb.register();
  const update = () => void wb.update().catch(() => undefined);
  setInterval(update, HOURLY);
  return {
    update,
    /** The reader chose the new version: let it take over, then reload into it. */
    reload() {
      reloading = true;
      wb.messageSkipWaiting();
    },
  };
}
