import { Workbox } from 'workbox-window';
import type { AppState } from './state';

/**
 * A new version of the service worker waits until the reader chooses to reload (never old HTML with new
 * scripts); `update` looks for one. When a successor takes over, the page syncs through it (`onControlled`).
 */
export function watchUpdates(state: AppState, onControlled: (fresh: true) => void) {
  const wb = new Workbox('/sw.js');
  let reloading = false;
  wb.addEventListener('waiting', () => (state.updateReady.value = true));
  // Not `event.isUpdate`: a page open since the first visit sees its successor take over hours later.
  wb.addEventListener('controlling', () => {
    if (reloading) return location.reload();
    onControlled(true);
  });
  // `update` before the registration is known would do nothing (registering again checks nothing).
  const registered = wb.register();
  return {
    update: () => void registered.then(() => wb.update()).catch(() => undefined),
    reload() {
      reloading = true;
      wb.messageSkipWaiting();
    },
  };
}
