import type { Context } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { every } from 'hono/combine';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../types';
import { problem } from './problem';
import { clientAddress } from './read-limit';

const digest = (s: string) => crypto.subtle.digest('SHA-256', new TextEncoder().encode(s));
// Preact's JSX types pull in lib.dom, whose SubtleCrypto lacks workerd's timingSafeEqual.
const subtle = crypto.subtle as unknown as { timingSafeEqual(a: ArrayBuffer, b: ArrayBuffer): boolean };

/** The shortest PUBLISH_TOKEN a server accepts editors with: shorter ones can be guessed. */
export const MIN_TOKEN_LENGTH = 32;
const WINDOW_SECONDS = 60; // wrangler.toml's AUTH_LIMITER period

/**
 * True when `given` is the token. Both sides are hashed first so the comparison runs over equal
 * lengths, then compared with workerd's constant-time compare: timing tells an attacker nothing.
 */
export async function sameToken(given: string, token: string): Promise<boolean> {
  const [a, b] = await Promise.all([digest(given), digest(token)]);
  return subtle.timingSafeEqual(a, b) && token.length > 0;
}

/** A token too short to resist guessing switches editing off, saying why, rather than let it guard writes. */
const tokenStrongEnough = createMiddleware<AppEnv>(async (c, next) => {
  if ((c.env.PUBLISH_TOKEN ?? '').length >= MIN_TOKEN_LENGTH) return next();
  return problem(
    c,
    503,
    `Editing is off: this server's PUBLISH_TOKEN is unset or shorter than ${MIN_TOKEN_LENGTH} characters. Set a long random one with \`wrangler secret put PUBLISH_TOKEN\` (for example the output of \`openssl rand -base64 33\`).`,
  );
});

/** Every authentication counts against the address before the token is even compared: guessing is slow. */
const authLimit = createMiddleware<AppEnv>(async (c, next) => {
  const { success } = await c.env.AUTH_LIMITER.limit({ key: `auth:${clientAddress(c)}` });
  if (success) return next();
  return problem(c, 429, 'Too many attempts to sign in from your address. Please wait a minute.', {
    headers: { 'Retry-After': String(WINDOW_SECONDS) },
  });
});

const CHALLENGE = 'Bearer realm="briefing"';
const missing = {
  message: (c: Context) => problem(c, 401, 'Editing needs Authorization: Bearer <PUBLISH_TOKEN>.'),
  wwwAuthenticateHeader: CHALLENGE,
};
const wrong = {
  message: (c: Context) =>
    problem(c, 401, "The token was refused: it is not this server's PUBLISH_TOKEN. Check which server you send to."),
  wwwAuthenticateHeader: `${CHALLENGE}, error="invalid_token"`,
};

const bearer = bearerAuth<AppEnv>({
  verifyToken: (token, c) => sameToken(token, c.env.PUBLISH_TOKEN ?? ''),
  noAuthenticationHeader: missing,
  invalidAuthenticationHeader: missing,
  invalidToken: wrong,
});

/**
 * Editors only: a server with a strong enough token (else 503), an address not guessing (else 429),
 * then `Authorization: Bearer <PUBLISH_TOKEN>` (else a 401 that says what was wrong).
 */
export const requireEditor = every(tokenStrongEnough, authLimit, bearer);
