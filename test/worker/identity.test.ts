import { env } from 'cloudflare:workers';
import { generateKeyPair, importJWK, SignJWT, type JWTPayload } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_AUD, ACCESS_KID, ACCESS_TEAM_DOMAIN } from '../harness/access';
import { addToken, LOCAL_EDITOR, putEditor, tokenHash } from '../../worker/store/editors';
import { freshIp, get, send, TOKEN } from './editor-client';
import { sampleInput } from './seed';
import { through } from './through-app';

const ISSUER = `https://${ACCESS_TEAM_DOMAIN}`;
const hour = 3600;
const now = () => Math.floor(Date.now() / 1000);

/** A JWT as Access signs it (the test key vitest.config.ts publishes), with the claims overridden. */
async function accessJwt(claims: JWTPayload = {}, key?: CryptoKey, kid = ACCESS_KID): Promise<string> {
  const signer = key ?? ((await importJWK(JSON.parse(env.TEST_ACCESS_KEY), 'RS256')) as CryptoKey);
  return new SignJWT({ email: LOCAL_EDITOR.email, ...claims })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuer(typeof claims.iss === 'string' ? claims.iss : ISSUER)
    .setAudience(claims.aud ?? ACCESS_AUD)
    .setIssuedAt()
    .setExpirationTime(claims.exp ?? now() + hour)
    .sign(signer);
}

const b64 = (o: object) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

/** A create sent with these headers only: no personal token. */
const createWith = (headers: Record<string, string>, id = `by-access-${crypto.randomUUID().slice(0, 8)}`) =>
  send('POST', '/api/briefings', { body: sampleInput({ id }), token: null, ip: freshIp(), headers });

const problemOf = async (res: Response) => (await res.json()) as { status: number; detail: string; required?: string };

describe('Cloudflare Access', () => {
  it('lets an editor in with a JWT signed by Access’s key, for this application', async () => {
    const res = await createWith({ 'Cf-Access-Jwt-Assertion': await accessJwt() }, 'signed-in-through-access');
    expect(res.status).toBe(201);
    const history = (await (await get('/api/briefings/signed-in-through-access/revisions')).json()) as {
      revisions: { by?: { name: string; desk: string } }[];
    };
    expect(history.revisions[0].by).toMatchObject({ name: LOCAL_EDITOR.name, desk: LOCAL_EDITOR.desk });
  });

  it.each([
    ['another application’s aud', { aud: 'some-other-application' }, /"aud" claim/],
    ['another team’s iss', { iss: 'https://other-team.cloudflareaccess.com' }, /"iss" claim/],
    ['an expired token', { exp: now() - 60 }, /expired/],
  ])('refuses %s with a 401', async (_, claims, reason) => {
    const res = await createWith({ 'Cf-Access-Jwt-Assertion': await accessJwt(claims) });
    const body = await problemOf(res);
    expect([res.status, res.headers.get('WWW-Authenticate')]).toEqual([
      401,
      'Bearer realm="briefing", error="invalid_token"',
    ]);
    expect(body.detail).toMatch(reason);
  });

  it('refuses a token signed by a key Access does not publish (an unknown kid)', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const res = await createWith({ 'Cf-Access-Jwt-Assertion': await accessJwt({}, privateKey, 'not-published') });
    expect([res.status, (await problemOf(res)).detail]).toEqual([
      401,
      'The Access token was refused: it is signed by a key Access does not publish.',
    ]);
  });

  it('refuses a token signed by another key under Access’s kid', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const res = await createWith({ 'Cf-Access-Jwt-Assertion': await accessJwt({}, privateKey) });
    expect(res.status).toBe(401);
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const payload = { email: LOCAL_EDITOR.email, iss: ISSUER, aud: ACCESS_AUD, exp: now() + hour };
    const res = await createWith({
      'Cf-Access-Jwt-Assertion': `${b64({ alg: 'none', kid: ACCESS_KID })}.${b64(payload)}.`,
    });
    expect(res.status).toBe(401);
  });

  it('trusts no bare email header: without a verified JWT it is a 401', async () => {
    const res = await createWith({ 'Cf-Access-Authenticated-User-Email': LOCAL_EDITOR.email });
    expect([res.status, res.headers.get('WWW-Authenticate')]).toEqual([401, 'Bearer realm="briefing"']);
  });

  it('refuses a verified email that is no editor with a 403 that says who adds editors', async () => {
    const res = await createWith({ 'Cf-Access-Jwt-Assertion': await accessJwt({ email: 'stranger@example.org' }) });
    const body = await problemOf(res);
    expect(res.status).toBe(403);
    expect(body.detail).toMatch(/^stranger@example\.org signed in through Access but is not an editor/);
  });
});

describe('roles', () => {
  let writer: string;
  let editor: string;
  beforeAll(async () => {
    const w = await putEditor(env.DB, 'writer@briefing.local', {
      name: 'Awa Writer',
      desk: 'newsroom',
      role: 'writer',
    });
    const e = await putEditor(env.DB, 'editor@desk.local', { name: 'Ed Itor', desk: 'newsroom', role: 'editor' });
    writer = await addToken(env.DB, w.editor.id);
    editor = await addToken(env.DB, e.editor.id);
  });

  it('refuses a writer’s publish with a 403 naming the role it lacks', async () => {
    const res = await send('POST', '/api/briefings', {
      body: sampleInput({ id: 'by-a-writer' }),
      token: writer,
      ip: freshIp(),
    });
    const body = await problemOf(res);
    expect([res.status, body.required, body.detail]).toEqual([
      403,
      'editor',
      'This needs the editor role: Awa Writer is a writer.',
    ]);
    expect((await get('/api/briefings/by-a-writer')).status).toBe(404);
  });

  it('lets an editor publish and revise but not retract', async () => {
    const ip = freshIp();
    expect(
      (await send('POST', '/api/briefings', { body: sampleInput({ id: 'by-an-editor' }), token: editor, ip })).status,
    ).toBe(201);
    const revised = await send('PUT', '/api/briefings/by-an-editor', {
      body: sampleInput({ id: 'by-an-editor', headline: 'Revised by an editor' }),
      token: editor,
      ifMatch: '"r1"',
      ip,
    });
    expect(revised.status).toBe(200);
    const retract = await send('DELETE', '/api/briefings/by-an-editor', { token: editor, ifMatch: '"r2"', ip });
    expect([retract.status, (await problemOf(retract)).required]).toEqual([403, 'admin']);
    const admin = await send('DELETE', '/api/briefings/by-an-editor', { token: TOKEN, ifMatch: '"r2"', ip });
    expect(admin.status).toBe(200);
  });
});

describe('personal tokens', () => {
  it('are stored only as their SHA-256', async () => {
    const { results } = await env.DB.prepare('SELECT * FROM editor_tokens').all<Record<string, unknown>>();
    const stored = JSON.stringify(results);
    expect(stored).not.toContain(TOKEN);
    expect(results.map((r) => r.hash)).toContain(await tokenHash(TOKEN));
  });
});

describe('the local sign-in', () => {
  const ORIGIN = 'https://briefing.test';
  const signIn = (email: string, headers: Record<string, string> = { Origin: ORIGIN }, next?: string) =>
    get(
      '/dev/sign-in',
      { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      {
        method: 'POST',
        body: new URLSearchParams({ email, ...(next === undefined ? {} : { next }) }).toString(),
        redirect: 'manual',
      },
    );

  it('lists the local editors, and signs a browser in with a __Host- cookie, SameSite=Lax, HttpOnly', async () => {
    const page = await get('/dev/sign-in');
    expect([page.status, page.headers.get('Cache-Control')]).toEqual([200, 'no-store']);
    expect(await page.text()).toContain(`value="${LOCAL_EDITOR.email}"`);
    const res = await signIn(LOCAL_EDITOR.email);
    expect([res.status, res.headers.get('Location')]).toEqual([303, '/editor']);
    const cookie = res.headers.get('Set-Cookie') ?? '';
    expect(cookie).toMatch(
      /^__Host-briefing-editor=brf_[\w-]+; Max-Age=604800; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
    );
    const session = cookie.split(';')[0];
    const created = await send('POST', '/api/briefings', {
      body: sampleInput({ id: 'signed-in-locally' }),
      token: null,
      ip: freshIp(),
      headers: { Cookie: session, Origin: ORIGIN },
    });
    expect(created.status).toBe(201);
    // The same cookie, spent by a form on another site, is refused.
    const forged = await get(
      '/api/briefings',
      { Cookie: session, Origin: 'https://evil.example', 'Content-Type': 'text/plain' },
      {
        method: 'POST',
        body: JSON.stringify(sampleInput({ id: 'forged' })),
      },
    );
    expect([forged.status, forged.headers.get('Content-Type')]).toEqual([403, 'application/problem+json']);
    expect((await get('/api/briefings/forged')).status).toBe(404);
  });

  it('names each editor by role and desk in the page’s language, and goes back to the page that asked', async () => {
    const page = await (await get('/dev/sign-in?next=%2Feditor%2Fnewsroom&lang=fr', { Accept: 'text/html' })).text();
    expect(page).toContain('<h1>Connexion (locale)</h1>');
    expect(page).toMatch(/Local editor<span class="meta">administrateur·rice · Rédaction<\/span>/);
    expect(page).toContain('name="next" value="/editor/newsroom"');
    expect((await signIn(LOCAL_EDITOR.email, { Origin: ORIGIN }, '/editor/newsroom')).headers.get('Location')).toBe(
      '/editor/newsroom',
    );
    // Only a path of this site: anything else goes to the newsroom's list.
    for (const elsewhere of ['//evil.example/', '/\\evil.example', 'https://evil.example/', 'editor'])
      expect((await signIn(LOCAL_EDITOR.email, { Origin: ORIGIN }, elsewhere)).headers.get('Location')).toBe('/editor');
  });

  it('does not exist where ALLOW_DEV_SIGNIN is not "true", and its cookie then signs no one in', async () => {
    const session = ((await signIn(LOCAL_EDITOR.email)).headers.get('Set-Cookie') ?? '').split(';')[0];
    const off = { ALLOW_DEV_SIGNIN: 'false' } as const;
    expect((await through('/dev/sign-in', {}, off)).status).toBe(404);
    const res = await through(
      '/api/briefings',
      {
        method: 'POST',
        headers: { Cookie: session, Origin: ORIGIN, 'Content-Type': 'application/json', 'CF-Connecting-IP': freshIp() },
        body: JSON.stringify(sampleInput({ id: 'cookie-in-production' })),
      },
      off,
    );
    expect(res.status).toBe(401);
  });

  it('refuses a sign-in posted from another site', async () => {
    const res = await signIn(LOCAL_EDITOR.email, { Origin: 'https://evil.example', Cookie: 'x=1' });
    expect(res.status).toBe(403);
  });
});
