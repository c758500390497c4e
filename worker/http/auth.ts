import type { Context } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import type { AppEnv } from '../types';
import { problem } from './problem';

const digest = (s: string) => crypto.subtle.digest('SHA-256', new TextEncoder().encode(s));
// Preact's JSX types pull in lib.dom, whose SubtleCrypto lacks workerd's timingSafeEqual.
const subtle = crypto.subtle as unknown as { timingSafeEqual(a: ArrayBuffer, b: ArrayBuffer): boolean };

/**
 * True when `given` is the token. Both sides are hashed first so the comparison runs over equal
 * lengths, then compared with workerd's constant-time compare: timing tells an attacker nothing.
 */
export async function sameToken(given: string, token: string): Promise<boolean> {
  const [a, b] = await Promise.all([digest(given), digest(token)]);
  return subtle.timingSafeEqual(a, b) && token.length > 0;
}

const CHALLENGE = 'Bearer realm="briefing"';
// Missing, malformed or wrong, the answer is the same 401 problem document, which says how to authenticate.
const refused = {
  message: (c: Context) => problem(c, 401, 'Editing needs Authorization: Bearer <PUBLISH_TOKEN>.'),
  wwwAuthenticateHeader: CHALLENGE,
};

/** Editors only: `Authorization: Bearer <PUBLISH_TOKEN>`, or a 401 that says how to authenticate. */
export const requireEditor = bearerAuth<AppEnv>({
  // An unset secret must lock editors out, never let an empty token in.
  verifyToken: (token, c) => sameToken(token, c.env.PUBLISH_TOKEN ?? ''),
  noAuthenticationHeader: refused,
  invalidAuthenticationHeader: refused,
  invalidToken: refused,
});
