/**
 * Keeps a runtime cache to its newest `max` entries. Cache Storage lists entries oldest first (a put
 * replaces and appends), so the oldest saves go first. workbox-expiration does the same with an
 * IndexedDB of timestamps, which every first visit would download (docs/performance.md); this needs none.
 */
export async function trim(cacheName: string, max: number): Promise<void> {
  const cache = await caches.open(cacheName);
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - max)).map((key) => cache.delete(key)));
}
