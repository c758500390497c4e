import { describe, expect, it } from 'vitest';
import { allSettled } from '../../web/sw/all-settled';

// The service worker's stand-in for Promise.allSettled on Safari 12, where Workbox needs it to install.

describe('allSettled for engines without Promise.allSettled', () => {
  it('settles as the native one does, in order, whether each promise keeps or breaks', async () => {
    const mixed = () => [
      Promise.resolve(1),
      Promise.reject(new Error('offline')),
      'plain',
      new Promise((r) => setTimeout(() => r('late'), 5)),
    ];
    const ours = await allSettled(mixed());
    expect(ours).toEqual(await Promise.allSettled(mixed()));
    expect(ours.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
  });

  it('settles at once when there is nothing to wait for', async () => {
    await expect(allSettled([])).resolves.toEqual([]);
  });
});
