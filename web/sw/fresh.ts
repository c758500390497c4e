import { STALE } from '../sw-protocol';

/**
 * A response worth keeping: a 200 from our own origin that is not the worker's stale copy.
 * Never an error, a redirect, a 304 or an opaque response.
 */
export const isFresh = (res: Response) => res.status === 200 && res.type !== 'opaque' && !res.headers.has(STALE);
