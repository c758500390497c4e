import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_EDITOR } from '../../worker/store/editors';
import { ACCESS_AUD } from '../harness/access';
import { AccessKeys } from '../harness/access-keys';
import { DevServer } from '../harness/dev-server';

// Cloudflare Access in front of a real `wrangler dev`: the worker verifies each Access token against
// the keys Access publishes, here served on loopback https, keeps them, and fetches them again when
// Access signs with a key it does not hold yet (Access rotates its keys).

/** jose's cooldown: an unknown key makes the worker fetch the keys again at most this often. */
const COOLDOWN_MS = 30_000;

let keys: AccessKeys;
let server: DevServer;
let firstFetchAt = 0;

beforeAll(async () => {
  keys = await new AccessKeys().start();
  await keys.publish('key-1');
  server = await new DevServer()
    .prepare()
    .start({ vars: { ACCESS_TEAM_DOMAIN: keys.team, ACCESS_AUD }, env: { NODE_EXTRA_CA_CERTS: keys.certPath } });
}, 150_000);

afterAll(async () => {
  await server?.stop();
  await keys?.stop();
});

const me = (jwt: string) => fetch(`${server.url}/api/me`, { headers: { 'Cf-Access-Jwt-Assertion': jwt } });

describe('an editor signed in by Cloudflare Access', () => {
  it('is let in by a token Access’s published key signs, the keys fetched once for many requests', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await me(await keys.token(LOCAL_EDITOR.email, 'key-1'));
      expect(res.status).toBe(200);
      expect(((await res.json()) as { name: string }).name).toBe(LOCAL_EDITOR.name);
      firstFetchAt ||= Date.now();
    }
    expect(keys.fetches).toBe(1);
    const otherApp = await me(await keys.token(LOCAL_EDITOR.email, 'key-1', { aud: 'another-application' }));
    expect(otherApp.status).toBe(401);
  });

  it('refuses a key Access does not publish, and takes the next key once Access publishes it', async () => {
    const forged = await me(await keys.token(LOCAL_EDITOR.email, 'key-2'));
    expect([forged.status, ((await forged.json()) as { detail: string }).detail]).toEqual([
      401,
      'The Access token was refused: it is signed by a key Access does not publish.',
    ]);
    // Access publishes its next key, then signs with it: once the cooldown since the last fetch is over,
    // the worker fetches the keys again rather than refuse every editor.
    await keys.publish('key-2');
    await new Promise((r) => setTimeout(r, Math.max(0, firstFetchAt + COOLDOWN_MS + 1000 - Date.now())));
    const rotated = await me(await keys.token(LOCAL_EDITOR.email, 'key-2'));
    expect(rotated.status).toBe(200);
    expect((await me(await keys.token(LOCAL_EDITOR.email, 'key-1'))).status).toBe(200);
  }, 60_000);
});
