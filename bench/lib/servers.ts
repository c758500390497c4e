import { spawnSync } from 'node:child_process';
import { DevServer } from '../../test/harness/dev-server';
import { quietEnv } from '../../test/harness/wrangler-env';

/** Builds the PWA into dist/, which wrangler dev serves: a figure is always of the code as it is now. */
export function ensureBuilt(): void {
  const r = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
}

/**
 * A fresh `wrangler dev` (new state, migrated, seeded with the sample) holding `count` briefings.
 * Fresh for every measurement, because wrangler dev grows in memory under load.
 */
export async function freshServer(count = 1): Promise<DevServer> {
  const server = new DevServer().prepare();
  if (count > 1) {
    const r = spawnSync(
      'npx',
      ['tsx', 'bench/seed/many.ts', '--persist-to', server.persistTo, '--count', String(count - 1)],
      {
        env: quietEnv(),
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) throw new Error(`seeding ${count} briefings failed:\n${r.stderr}`);
  }
  return server.start();
}

/** Runs `use` against a fresh server and always stops it. */
export async function withServer<T>(count: number, use: (server: DevServer) => Promise<T>): Promise<T> {
  const server = await freshServer(count);
  try {
    return await use(server);
  } finally {
    await server.stop();
  }
}

/** The sample briefing's page, the page every figure about "a briefing" is taken from. */
export const BRIEFING_PATH = '/briefings/niger-bazoum-coalition';
