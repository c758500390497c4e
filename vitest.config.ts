import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { ACCESS_AUD, ACCESS_TEAM_DOMAIN, accessKeys } from './test/harness/access.ts';
import { generateVapidKeys } from './scripts/lib/vapid.ts';

const vapid = generateVapidKeys();
const access = await accessKeys();

// Three kinds of tests, each where its code really runs:
//   worker  - inside workerd, against real local D1 (@cloudflare/vitest-pool-workers)
//   node    - the model, the importer and other runtime-neutral code, in Node
//   browser - real headless Chromium against a real `wrangler dev` (test/harness/dev-server.ts)
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              // Worker tests reach out for two things: Access's signing keys, served here as Access serves
              // them, and alerts, for a push service that takes them all.
              outboundService: (request: Request) =>
                new URL(request.url).href === `https://${ACCESS_TEAM_DOMAIN}/cdn-cgi/access/certs`
                  ? Response.json(access.jwks)
                  : new Response(null, { status: 201 }),
              bindings: {
                ACCESS_TEAM_DOMAIN,
                ACCESS_AUD,
                ALLOW_DEV_SIGNIN: 'true',
                // The private half of the key Access "signs" the tests' JWTs with.
                TEST_ACCESS_KEY: JSON.stringify(access.privateJwk),
                VAPID_PUBLIC_KEY: vapid.publicKey,
                VAPID_PRIVATE_KEY: vapid.privateKey,
                ALLOW_LOOPBACK_PUSH: 'true',
                TEST_MIGRATIONS: await readD1Migrations('./migrations'),
              },
            },
          })),
        ],
        test: {
          name: 'worker',
          include: ['test/worker/**/*.test.{ts,tsx}'],
          setupFiles: ['./test/worker/apply-migrations.ts'],
        },
      },
      {
        test: {
          name: 'node',
          include: ['test/web/**/*.test.{ts,tsx}', 'test/scripts/**/*.test.ts'],
          environment: 'node',
          // The command-line tests start a tsx process each: seconds apiece on a shared machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
