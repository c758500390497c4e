// Workbox waits for its cache writes with Promise.allSettled, which Safari 12 lacks (it came in 13):
// without it, installing this worker would fail there, and nothing would be saved for offline.
type Settled = PromiseSettledResult<unknown>;

/** Promise.allSettled, for engines that have only Promise.all. */
export const allSettled = (promises: Iterable<unknown>): Promise<Settled[]> =>
  Promise.all(
    Array.from(promises, (p) =>
      Promise.resolve(p).then(
        (value): Settled => ({ status: 'fulfilled', value }),
        (reason): Settled => ({ status: 'rejected', reason }),
      ),
    ),
  );

if (!Promise.allSettled) (Promise as { allSettled: unknown }).allSettled = allSettled;
