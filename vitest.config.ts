import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { TEST_TOKEN } from './test/harness/token.ts';
import { generateVapidKeys } from './scripts/lib/vapid.ts';

const vapid = generateVapidKeys();

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
              // The only outbound requests worker tests make are alerts: a push service that takes them all.
              outboundService: () => new Response(null, { status: 201 }),
              bindings: {
                PUBLISH_TOKEN: TEST_TOKEN,
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
