import { USAGE_CACHE, usageKey } from '../sw-protocol';

/** The bytes the service worker counted this month; 0 before anything was. */
export async function usedThisMonth(): Promise<number> {
  const res = await (await caches.open(USAGE_CACHE)).match(usageKey(new Date()));
  return Number((await res?.text()) ?? 0) || 0;
}
