// Counts the bytes the service worker spends on the network, month by month, so the settings can say
// how much data the app used. Every page, feed and briefing the app reads passes through here.
import { USAGE_CACHE, usageKey } from '../sw-protocol';

let pending = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Adds what is pending to this month's total, stored as a tiny JSON response in Cache Storage. */
async function flush(): Promise<void> {
  timer = undefined;
  const bytes = pending;
  pending = 0;
  try {
    const cache = await caches.open(USAGE_CACHE);
    const key = usageKey(new Date());
    const before = Number((await (await cache.match(key))?.text()) ?? 0) || 0;
    await cache.put(key, new Response(String(before + bytes)));
  } catch {
    // Out of space: the bytes wait for the next write.
    pending += bytes;
  }
}

/** Adds bytes the page fetched before this worker took it (its first visit) to the month's count. */
export function addPageUsage(bytes: number): void {
  pending += bytes;
  timer ??= setTimeout(() => void flush(), 2000);
}

/** Watches the worker's own fetches: their transfer size is what the network really carried (0 from the HTTP cache). */
export function countUsage(): void {
  if (typeof PerformanceObserver === 'undefined') return;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceResourceTiming[]) pending += entry.transferSize || 0;
    // Written at most every two seconds: a sync fetches many pages at once.
    if (pending && !timer) timer = setTimeout(() => void flush(), 2000);
  }).observe({ type: 'resource', buffered: true });
}
