import type { BriefingIndex } from '../../model/types';
import { SYNC_URL, SYNCED_AT } from '../sw-protocol';
import { askFirstHeaders } from './data-care';
import type { AppState } from './state';

/**
 * Returns `sync(fresh?)`: asks for the feed, revalidated (an unchanged feed costs a 304). Through the service
 * worker, only what changed since its last sync is downloaded and saved (it says so by message), and the
 * answer is the saved feed; when the server cannot be reached or fails, it comes stamped with its date.
 */
export function createSync(state: AppState, onFeed: (feed: BriefingIndex) => void): (fresh?: boolean) => Promise<void> {
  let running: Promise<void> | undefined;
  const attempt = async () => {
    try {
      const res = await fetch(SYNC_URL, { cache: 'no-cache', headers: askFirstHeaders() });
      if (!res.ok) throw new Error();
      // A stamped answer is the service worker's saved copy, not the server's.
      state.reachable.value = !res.headers.has(SYNCED_AT);
      onFeed((await res.json()) as BriefingIndex);
    } catch {
      state.reachable.value = false;
    }
  };
  // One sync at a time: `online` and `visibilitychange` often come together. But a `fresh` one waits for
  // the running one and goes after it: when a first service worker takes the page, the feed must pass
  // through it (that is how it saves every page), even if the page's own first sync is still out.
  const sync = (fresh = false): Promise<void> =>
    running && fresh ? running.then(() => sync()) : (running ||= attempt().finally(() => (running = undefined)));
  return sync;
}
