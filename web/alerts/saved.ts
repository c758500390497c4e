import { ALERTS_CACHE, ALERTS_SETTINGS, type Follows, type SavedAlerts } from '../alerts-protocol';
import { standalone } from '../app/standalone';

/** The reader's alert settings as this phone last sent them, or null when alerts are off. */
export async function savedAlerts(): Promise<SavedAlerts | null> {
  if (typeof caches === 'undefined') return null;
  const res = await (await caches.open(ALERTS_CACHE)).match(ALERTS_SETTINGS);
  return res ? ((await res.json()) as SavedAlerts) : null;
}

/** Keeps the settings (null: forgets them), where the service worker renews the subscription from. */
export async function keepAlerts(settings: SavedAlerts | null): Promise<void> {
  const cache = await caches.open(ALERTS_CACHE);
  if (settings) await cache.put(ALERTS_SETTINGS, Response.json(settings));
  else await cache.delete(ALERTS_SETTINGS);
}

/** Why this phone cannot have alerts now, or null when it can. iOS allows them only once installed. */
export function alertsBlocked(): 'install-ios' | 'unsupported' | 'denied' | null {
  if (/iphone|ipad|ipod/i.test(navigator.userAgent) && !standalone()) return 'install-ios';
  if (!('serviceWorker' in navigator) || typeof PushManager === 'undefined' || typeof Notification === 'undefined')
    return 'unsupported';
  return Notification.permission === 'denied' ? 'denied' : null;
}

/** The kinds of things alerts are for, as a subscription's follows name them. */
export const KINDS = ['countries', 'topics', 'stories', 'briefings'] as const;

/** Whether the saved alerts are for every one of `follows`. */
export const alertsCover = (saved: SavedAlerts | null, follows: Partial<Follows>) =>
  Boolean(saved) && KINDS.every((k) => (follows[k] ?? []).every((v) => (saved!.follows[k] ?? []).includes(v)));

/**
 * Stops the alerts for `follows` (a follow dropped), keeping the others; with none left, alerts go off.
 * The subscribe code is fetched only when there are alerts for them.
 */
export async function dropAlerts(follows: Partial<Follows>): Promise<void> {
  const saved = await savedAlerts().catch(() => null);
  if (!saved) return;
  const left = {} as Follows;
  for (const k of KINDS) left[k] = (saved.follows[k] ?? []).filter((v) => !(follows[k] ?? []).includes(v));
  if (KINDS.every((k) => left[k].length === (saved.follows[k] ?? []).length)) return;
  const { replaceFollows } = await import('./subscribe');
  await replaceFollows({ ...saved, follows: left });
}
