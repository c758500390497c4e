import type { Follow } from '../../model/follow';
import { followKey } from '../../model/follow';
import type { PageMessage } from '../sw-protocol';

// The reader's follows, on this phone only (no account): a list in localStorage, under the key the
// app's first script checks before loading any of this code (web/app/follows.ts).

/** A follow with the name it is shown under ("Niger", "regional security"). */
export type Followed = Follow & { name: string };

export const FOLLOWS_KEY = 'follows';

export function readFollows(): Followed[] {
  try {
    const list = JSON.parse(localStorage.getItem(FOLLOWS_KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? (list as Followed[]) : [];
  } catch {
    return [];
  }
}

/** Adds or drops `f`; tells every part of the page that shows follows (the `follows` event). */
export function setFollowed(f: Followed, on: boolean): Followed[] {
  const others = readFollows().filter((x) => followKey(x) !== followKey(f));
  const next = on ? [...others, f] : others;
  if (next.length) localStorage.setItem(FOLLOWS_KEY, JSON.stringify(next));
  else localStorage.removeItem(FOLLOWS_KEY);
  dispatchEvent(new Event('follows'));
  tellWorker(next);
  return next;
}

/** Tells the service worker what is followed: it saves a new follow's briefings for offline reading. */
export function tellWorker(follows: Follow[]): void {
  const message: PageMessage = { type: 'FOLLOWS', follows: follows.map(({ kind, value }) => ({ kind, value })) };
  navigator.serviceWorker?.controller?.postMessage(message);
}
