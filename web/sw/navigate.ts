import type { Briefing } from '../../model/types';
import { copyKey } from '../saved-feed';
import { CACHES, OFFLINE_SHELL, SYNC_URL } from '../sw-protocol';
import { briefingTop } from './briefing-top';
import { offlineChoice } from './choices';
import { framed, saveFrame, shell } from './frame';
import { BRIEFING } from './page-data';

/** The saved copy a page of the app is drawn from: the feed's index for home, a briefing's own copy. */
function copyFor(url: URL): string | undefined {
  if (url.search) return undefined;
  if (url.pathname === '/') return SYNC_URL;
  const id = BRIEFING.exec(url.pathname)?.[1];
  return id && copyKey(id);
}

/**
 * A navigation. Home, and a briefing this phone saved, are answered from the phone: the frame, which the
 * app fills from the saved copy (the last sync brought it up to date), with no request; a briefing's frame
 * holds its top already. Any other page goes to the network, and its chrome becomes the frame; with no
 * network (or a server error), the frame is the answer, and the app says what it can.
 */
export async function navigate(
  request: Request,
  event: ExtendableEvent,
  build: string,
  scripts: string[],
): Promise<Response> {
  const copy = copyFor(new URL(request.url));
  // The frame is read while the saved copy is looked up, not after it.
  const frame = copy ? shell(build) : undefined;
  const saved = copy && (await caches.match(copy, { cacheName: CACHES.saved }));
  if (saved) {
    const [page, briefing] = await Promise.all([frame, copy !== SYNC_URL && (saved.json() as Promise<Briefing>)]);
    // A briefing's top is in the page itself, painted before the app has run; home's cards wait for the app.
    const local =
      page && briefing
        ? await framed((lang) => `<main id="main" ${OFFLINE_SHELL}>${briefingTop(briefing, lang)}</main>`, page)
        : page;
    if (local) return local;
  }
  try {
    const res = await fetch(request);
    if (res.status < 500) {
      event.waitUntil(saveFrame(res.clone(), build, scripts));
      return res;
    }
  } catch {
    // Offline: a choice of language, text size or theme is kept here; anything else gets the frame below.
    const chosen = await offlineChoice(request);
    if (chosen) return chosen;
  }
  return (await shell()) ?? Response.error();
}
