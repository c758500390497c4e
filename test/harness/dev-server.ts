import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';
import { TEST_TOKEN } from './token';
import { TEST_VAPID } from './vapid';
import { quietEnv } from './wrangler-env';

/**
 * Runs `npx args`, up to `attempts` times. Miniflare's platform proxy (the seed's) can abort while starting
 * on a loaded machine, an assert in its synchronous fetcher; the seed is idempotent, so it runs again.
 */
function runOrThrow(args: string[], env: Record<string, string> = {}, attempts = 1): void {
  const r = spawnSync('npx', args, { env: { ...quietEnv(), ...env }, encoding: 'utf8' });
  if (r.status === 0) return;
  if (attempts > 1) return runOrThrow(args, env, attempts - 1);
  throw new Error(`npx ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

/**
 * A real `wrangler dev` on its own port and its own local state, migrated and seeded as `npm start` does,
 * its local admin's personal token being TEST_TOKEN.
 */
export class DevServer {
  readonly persistTo = mkdtempSync(join(tmpdir(), 'briefing-state-'));
  port = 0;
  private child?: ChildProcess;

  /** The process group of wrangler and the workerd it starts (the bench reads its CPU time). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Migrates and seeds this server's state. Expects `npm run build` to have filled dist/. */
  prepare(): this {
    runOrThrow(['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', this.persistTo]);
    runOrThrow(['tsx', 'scripts/seed.ts', '--persist-to', this.persistTo], { EDITOR_TOKEN: TEST_TOKEN }, 3);
    return this;
  }

  /**
   * Starts (or restarts, on the same port and state) and waits until it answers. `assets` serves
   * another build than dist/ (the PWA's update test builds a next version elsewhere); `vars` adds
   * worker variables, `env` wrangler's environment (NODE_EXTRA_CA_CERTS for a test's push service).
   */
  async start(
    options: { assets?: string; vars?: Record<string, string>; env?: Record<string, string> } = {},
  ): Promise<this> {
    this.port ||= await freePort();
    this.child = spawn(
      'npx',
      [
        'wrangler',
        'dev',
        '--port',
        String(this.port),
        '--ip',
        '127.0.0.1',
        // wrangler.toml's route names the production domain; requests here keep their own origin.
        '--host',
        `127.0.0.1:${this.port}`,
        '--persist-to',
        this.persistTo,
        '--show-interactive-dev-session=false',
        ...Object.entries({
          VAPID_PUBLIC_KEY: TEST_VAPID.publicKey,
          VAPID_PRIVATE_KEY: TEST_VAPID.privateKey,
          ALLOW_LOOPBACK_PUSH: 'true',
          ALLOW_DEV_SIGNIN: 'true',
          ...options.vars,
        }).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
        ...(options.assets ? ['--assets', options.assets] : []),
      ],
      { env: { ...quietEnv(), ...options.env }, stdio: process.env.DEV_LOG ? 'inherit' : 'ignore', detached: true },
    );
    // A loaded machine can take over a minute to bring wrangler up; one that exits will never answer.
    let exit: number | null | undefined;
    this.child.once('exit', (code) => (exit = code));
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline && exit === undefined) {
      try {
        // A page that needs no storage: tests may start a server whose D1 is broken on purpose.
        if ((await fetch(`${this.url}/about/format`)).ok) return this;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(
      exit === undefined
        ? `wrangler dev did not answer on ${this.url} within two minutes`
        : `wrangler dev exited (code ${exit}) before answering on ${this.url}`,
    );
  }

  /** Stops the server and everything it started (workerd included), so the port really goes dark. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child?.pid) return;
    this.child = undefined;
    const exited = new Promise((r) => child.once('exit', r));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
