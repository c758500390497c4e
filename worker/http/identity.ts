import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { hasRole, roleTooLow, type Editor, type Role } from '../../model/editor';
import { editorByEmail, editorByToken } from '../store/editors';
import type { AppEnv } from '../types';
import { problem } from './problem';
import { clientAddress } from './read-limit';

// Who is asking (docs/editors.md). Three ways in, each ending in one editor of the `editors` table:
// a personal token (tools), a Cloudflare Access JWT (people in a browser, in production), and the
// local sign-in's cookie (only where ALLOW_DEV_SIGNIN is "true": `npm start` and the tests).

/** The cookie of the local sign-in. `__Host-`: only this origin, over https (or localhost), path /. */
export const SESSION_COOKIE = 'briefing-editor';
const WINDOW_SECONDS = 60; // wrangler.toml's AUTH_LIMITER period
const CHALLENGE = 'Bearer realm="briefing"';

/** Whether the local sign-in is on: `npm start` and the tests say "true" (--var); wrangler.toml "false". */
export const devSignIn = (env: Env) => String(env.ALLOW_DEV_SIGNIN) === 'true';

type Who = { editor: Editor } | { refused: Response };

const unauthorized = (c: Context<AppEnv>, detail: string, error?: string) =>
  problem(c, 401, detail, {
    headers: { 'WWW-Authenticate': error ? `${CHALLENGE}, error="${error}"` : CHALLENGE },
  });

// One key set per team domain for the isolate's life: jose keeps the keys it fetched and fetches
// them again when a token names a `kid` it does not hold (Access rotates its keys).
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
const keySetOf = (team: string) => {
  let set = keySets.get(team);
  if (!set) keySets.set(team, (set = createRemoteJWKSet(new URL(`https://${team}/cdn-cgi/access/certs`))));
  return set;
};

/** Why jose refused a token, in a few words an admin can act on. */
function refusal(e: unknown): string {
  if (e instanceof errors.JWTExpired) return 'it has expired';
  if (e instanceof errors.JWTClaimValidationFailed) return `its "${e.claim}" claim is not this application's`;
  if (e instanceof errors.JWKSNoMatchingKey) return 'it is signed by a key Access does not publish';
  if (e instanceof errors.JOSEAlgNotAllowed) return 'it is not signed with RS256';
  return 'its signature does not verify';
}

async function byAccess(c: Context<AppEnv>, jwt: string): Promise<Who> {
  const team = c.env.ACCESS_TEAM_DOMAIN;
  const audience = c.env.ACCESS_AUD;
  if (!team || !audience)
    return {
      refused: unauthorized(c, 'Cloudflare Access is not set up on this server (ACCESS_TEAM_DOMAIN, ACCESS_AUD).'),
    };
  let email: unknown;
  try {
    const { payload } = await jwtVerify(jwt, keySetOf(team), {
      issuer: `https://${team}`,
      audience,
      algorithms: ['RS256'],
      requiredClaims: ['exp'],
    });
    email = payload.email;
  } catch (e) {
    return { refused: unauthorized(c, `The Access token was refused: ${refusal(e)}.`, 'invalid_token') };
  }
  // A service token (automation through Access) carries no email: it signs in with a personal token instead.
  if (typeof email !== 'string' || !email)
    return { refused: unauthorized(c, 'The Access token names no person: tools send a personal token as Bearer.') };
  const editor = await editorByEmail(c.env.DB, email);
  if (editor) return { editor };
  return {
    refused: problem(
      c,
      403,
      `${email} signed in through Access but is not an editor of this newsroom. An admin adds you with \`npm run editors -- add ${email} --name … --desk … --role …\`.`,
    ),
  };
}

async function identify(c: Context<AppEnv>): Promise<Who> {
  const authorization = c.req.header('Authorization');
  if (authorization !== undefined) {
    const token = /^Bearer +([\x21-\x7e]+) *$/i.exec(authorization)?.[1];
    if (!token) return { refused: unauthorized(c, 'Send your personal token as Authorization: Bearer <token>.') };
    const editor = await editorByToken(c.env.DB, token);
    if (editor) return { editor };
    return {
      refused: unauthorized(
        c,
        'The token was refused: it is no editor’s personal token on this server (revoked, or made for another server).',
        'invalid_token',
      ),
    };
  }
  const jwt = c.req.header('Cf-Access-Jwt-Assertion');
  if (jwt) return byAccess(c, jwt);
  const session = devSignIn(c.env) ? getCookie(c, SESSION_COOKIE, 'host') : undefined;
  if (session) {
    const editor = await editorByToken(c.env.DB, session, 'session');
    if (editor) return { editor };
  }
  return {
    refused: unauthorized(
      c,
      'Editing needs an editor: sign in through Access, or send a personal token as Authorization: Bearer <token> (`npm run editors -- token EMAIL` makes one).',
    ),
  };
}

/**
 * Editors only, with at least `role`: a known editor (else 401 with `WWW-Authenticate: Bearer`, or 403
 * for an Access identity that is no editor), a role high enough (else a 403 naming the role it lacks).
 * Only refusals count against the address (beyond the limit, 429): a guesser is slowed, while an
 * editor's own autosaves and commands never lock out a newsroom sharing one address. Sets `c.var.editor`.
 */
export const requireRole = (role: Role) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const who = await identify(c);
    if ('refused' in who) {
      const { success } = await c.env.AUTH_LIMITER.limit({ key: `auth:${clientAddress(c)}` });
      if (success) return who.refused;
      return problem(c, 429, 'Too many refused sign-ins from your address. Please wait a minute.', {
        headers: { 'Retry-After': String(WINDOW_SECONDS) },
      });
    }
    if (!hasRole(who.editor.role, role))
      return problem(c, 403, roleTooLow(role, who.editor), { members: { required: role } });
    c.set('editor', who.editor);
    await next();
  });
