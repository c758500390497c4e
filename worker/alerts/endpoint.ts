import type { FieldProblem } from '../../model/types';

// The worker sends only to push services, never to an address a reader chose: FCM (Chrome, Android),
// Mozilla (Firefox), Apple (Safari) and Microsoft's WNS (Edge). Under `npm start` and in tests,
// https on localhost too, where a test runs a push service of its own.
const PUSH_SERVICES = [
  /^fcm\.googleapis\.com$/,
  /^android\.googleapis\.com$/,
  /(^|\.)push\.services\.mozilla\.com$/,
  /(^|\.)push\.apple\.com$/,
  /(^|\.)notify\.windows\.com$/,
];
const LOOPBACK = new Set(['localhost', '127.0.0.1']);

/** Why `endpoint` is no push service the worker will send to, or null when it is one. */
export function endpointProblem(endpoint: string, allowLoopback: boolean): string | null {
  const url = URL.canParse(endpoint) ? new URL(endpoint) : null;
  if (!url || url.protocol !== 'https:') return 'must be an https:// URL of a push service';
  if (url.username || url.password) return 'must carry no credentials';
  if (allowLoopback && LOOPBACK.has(url.hostname)) return null;
  if (url.port) return 'must be a known push service (FCM, Mozilla, Apple, Microsoft WNS)';
  return PUSH_SERVICES.some((p) => p.test(url.hostname))
    ? null
    : 'must be a known push service (FCM, Mozilla, Apple, Microsoft WNS)';
}

const fromBase64url = (s: string) =>
  Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '')), (c) => c.charCodeAt(0));

/** Whether `p256dh` is an uncompressed point on P-256, which WebCrypto checks as it imports it. */
export async function isP256Point(p256dh: string): Promise<boolean> {
  try {
    const raw = fromBase64url(p256dh);
    if (raw.length !== 65 || raw[0] !== 4) return false;
    await crypto.subtle.importKey('raw', raw, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
    return true;
  } catch {
    return false;
  }
}

/** The problems of a subscription that its shape alone does not show. */
export async function subscriptionProblems(
  s: { endpoint: string; keys: { p256dh: string } },
  allowLoopback: boolean,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const bad = endpointProblem(s.endpoint, allowLoopback);
  if (bad) problems.push({ path: 'subscription.endpoint', message: bad });
  if (!(await isP256Point(s.keys.p256dh)))
    problems.push({ path: 'subscription.keys.p256dh', message: 'must be a point on the P-256 curve' });
  return problems;
}
