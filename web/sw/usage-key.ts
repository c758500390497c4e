// Shared by the service worker, which counts, and the settings, which show the count.

/** Not a `briefing-` cache: the worker's clean-up on activate must not forget the month's count. */
export const USAGE_CACHE = 'usage-v1';

/** One entry a month, "/__usage/2026-11", in UTC. */
export const usageKey = (at: Date) => `/__usage/${at.toISOString().slice(0, 7)}`;

/** The bytes counted this month; 0 before anything was. */
export async function usedThisMonth(): Promise<number> {
  const res = await (await caches.open(USAGE_CACHE)).match(usageKey(new Date()));
  return Number((await res?.text()) ?? 0) || 0;
}
