// One alert fanned out to 10,000 subscriptions: they are written straight into a fresh server's local
// D1 (generated SQL, `wrangler d1 execute --file`), all following Niger; one Niger briefing is then
// published and the loopback push service (test/harness/push-service.ts) checks and counts every
// message. The workerd processes' CPU time over the fan-out, divided by the messages, is an upper
// bound of the worker's CPU per message: it includes local D1, the local queue and TLS.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sample from '../content/briefings/niger-bazoum-coalition.json';
import type { BriefingInput } from '../model/types';
import { DevServer } from '../test/harness/dev-server';
import { freePort } from '../test/harness/free-port';
import { PushService } from '../test/harness/push-service';
import { TEST_TOKEN } from '../test/harness/token';
import { TEST_VAPID } from '../test/harness/vapid';
import { quietEnv } from '../test/harness/wrangler-env';
import { median, type Row } from './lib/report';
import { TICK_MS, workerdTicks } from './render-cpu';

// D1 takes statements of at most 100 KB: 200 subscriptions are about 50 KB.
const ROWS_PER_INSERT = 200;

/** How a fan-out is set up: followers, how many with a key no message can be encrypted for, how many whose push service answers 503 once. */
export interface FanOut {
  n: number;
  poisoned?: number;
  busy?: number;
  headline?: string;
  /** Stop waiting after this many ms, and report what arrived by then. */
  windowMs?: number;
}

/** SQL that adds `n` subscriptions at `push`, each following NE; the first `poisoned` with a padded key. */
function seedSql(push: PushService, { n, poisoned = 0, busy = 0 }: FanOut): string {
  const now = new Date().toISOString();
  const lines: string[] = [];
  for (let from = 0; from < n; from += ROWS_PER_INSERT) {
    const subs: string[] = [];
    const follows: string[] = [];
    for (let i = from; i < Math.min(n, from + ROWS_PER_INSERT); i++) {
      const s = push.subscribe(`b${i}`, i >= poisoned && i < poisoned + busy ? [503] : []);
      // A key as an older validation let through: base64url with padding, which no library decodes.
      const p256dh = i < poisoned ? `${s.keys.p256dh.slice(0, -2)}==` : s.keys.p256dh;
      subs.push(
        `(${i + 1}, '${s.endpoint}', '${p256dh}', '${s.keys.auth}', '${i % 2 ? 'fr' : 'en'}', 3, '${now}', '${now}')`,
      );
      follows.push(`('country', 'NE', ${i + 1})`);
    }
    lines.push(
      `INSERT INTO subscriptions (id, endpoint, p256dh, auth, language, max_per_day, created_at, updated_at) VALUES ${subs.join(',')};`,
      `INSERT INTO follows (kind, name, subscription_id) VALUES ${follows.join(',')};`,
    );
  }
  return lines.join('\n');
}

/** The worker's own CPU per message: encryption alone, in a worker that does nothing else. */
async function encryptionCpu(n = 2000): Promise<number> {
  const port = await freePort();
  const child = spawn(
    'npx',
    [
      'wrangler',
      'dev',
      '-c',
      'bench/alerts-cpu/wrangler.toml',
      '--port',
      String(port),
      '--ip',
      '127.0.0.1',
      '--show-interactive-dev-session=false',
    ],
    { env: quietEnv(), stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${port}/?n=`;
  try {
    for (let deadline = Date.now() + 60_000; ; await new Promise((r) => setTimeout(r, 250))) {
      if (Date.now() > deadline) throw new Error('the encryption worker did not start');
      if (
        await fetch(`${url}10`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
    }
    await fetch(`${url}${n / 10}`); // warm the JIT
    const runs: number[] = [];
    for (let run = 0; run < 3; run++) {
      const before = workerdTicks(child.pid!);
      await (await fetch(`${url}${n}`)).arrayBuffer();
      runs.push(((workerdTicks(child.pid!) - before) * TICK_MS) / n);
    }
    return median(runs);
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/**
 * One briefing published to the followers `f` describes, through a real `wrangler dev`, its local
 * queue and the loopback push service: what arrived, how long it took, the workerd CPU it cost.
 */
export async function fanOut(f: FanOut, keepServer = false) {
  const { n, poisoned = 0 } = f;
  const push = await new PushService().start(TEST_VAPID.publicKey);
  const server = new DevServer().prepare();
  try {
    const file = join(mkdtempSync(join(tmpdir(), 'alerts-seed-')), 'subscriptions.sql');
    writeFileSync(file, seedSql(push, f));
    const seeded = spawnSync(
      'npx',
      ['wrangler', 'd1', 'execute', 'DB', '--local', '--persist-to', server.persistTo, '--file', file],
      { env: quietEnv(), encoding: 'utf8' },
    );
    if (seeded.status !== 0) throw new Error(`seeding ${n} subscriptions failed:\n${seeded.stderr}`);
    // Retries after a second, not ten: the bench waits for them.
    await server.start({ env: { NODE_EXTRA_CA_CERTS: push.certPath }, vars: { ALERT_RETRY_SECONDS: '1' } });
    const key = (await (await fetch(`${server.url}/api/push/key`)).json()) as { publicKey: string };
    if (key.publicKey !== TEST_VAPID.publicKey) throw new Error('the server signs with another key');

    const before = workerdTicks(server.pid!);
    const started = Date.now();
    const res = await fetch(`${server.url}/api/briefings`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        ...(sample as BriefingInput),
        id: 'bench-alert',
        ...(f.headline ? { headline: f.headline } : {}),
      }),
    });
    if (res.status !== 201) throw new Error(`publishing answered ${res.status}: ${await res.text()}`);
    const writeMs = Date.now() - started;
    const due = n - poisoned;
    const delivered = () => push.received.filter((r) => r.status === 201).length;
    // When the fan-out job has found the followers (the newsroom's record of the alert says so).
    let foundMs: number | null = null;
    const found = (async () => {
      while (foundMs === null && Date.now() - started < (f.windowMs ?? n * 20)) {
        const runs = (await (
          await fetch(`${server.url}/api/alerts?briefing=bench-alert`, {
            headers: { Authorization: `Bearer ${TEST_TOKEN}` },
          })
        ).json()) as { alerts: { followers: number | null }[] };
        if (runs.alerts[0]?.followers != null) foundMs = Date.now() - started;
        else await new Promise((r) => setTimeout(r, 200));
      }
    })();
    const all = await push.until(() => delivered() >= due, f.windowMs ?? Math.max(60_000, n * 20));
    const totalMs = Date.now() - started;
    const sent = delivered();
    const cpuMs = ((workerdTicks(server.pid!) - before) * TICK_MS) / Math.max(1, sent);
    const retried = push.received.filter((r) => r.status === 503).length;
    await found;
    if (!keepServer) await server.stop();
    return { push, server, all, writeMs, totalMs, foundMs, cpuMs, delivered: sent, retried, due };
  } catch (e) {
    await server.stop();
    await push.stop();
    throw e;
  }
}

/**
 * One alert to 10,000 followers, delivered whole, then one to 100,000. On this machine's local queue
 * and loopback push service a message costs milliseconds of wall time, so 100,000 would take many
 * minutes: that fan-out is given WINDOW_MS, then the bench reports how long its job took to find every
 * follower, what was delivered by then, at what rate and workerd CPU a message (all of it: local D1,
 * queue, TLS, encryption), beside the same figures at 10,000.
 */
const WINDOW_MS = 60_000;

export async function alertFanOut(n = 100_000, whole = 10_000): Promise<{ rows: Row[]; details: object }> {
  const small = await fanOut({ n: whole });
  await small.push.stop();
  if (!small.all) throw new Error(`${small.delivered} of ${whole} arrived`);
  const { push, server, all, writeMs, totalMs, foundMs, cpuMs, delivered } = await fanOut(
    { n, windowMs: WINDOW_MS },
    true,
  );
  try {
    const refused = push.received.filter((r) => r.status !== 201);
    if (!delivered || refused.length) throw new Error(`${delivered} of ${n} arrived, ${refused.length} refused`);
    const typical = push.received[0];
    const plaintext = Buffer.byteLength(JSON.stringify(typical.payload));
    const jwts = push.signatures.size;
    await server.stop();
    const ownCpuMs = await encryptionCpu();
    const rate = delivered / (totalMs / 1000);
    const smallRate = whole / (small.totalMs / 1000);
    const details = {
      whole: { n: whole, totalMs: small.totalMs, foundMs: small.foundMs, cpuMs: small.cpuMs, writeMs: small.writeMs },
      n,
      writeMs,
      foundMs,
      totalMs,
      delivered,
      cpuMs,
      ownCpuMs,
      plaintext,
      wireBytes: typical.bytes,
      jwts,
    };
    const secs = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(1)} s`);
    const count = (x: number) => x.toLocaleString('en');
    return {
      details,
      rows: [
        {
          figure: `one alert to ${count(whole)} subscriptions (local queue and push service)`,
          budget: '',
          result: `all delivered in ${secs(small.totalMs)}, ${Math.round(smallRate)} a second; followers found in ${secs(small.foundMs)}; workerd CPU ${small.cpuMs.toFixed(2)} ms a message`,
          pass: null,
        },
        {
          figure: `one alert to ${count(n)} subscriptions (local queue and push service)`,
          budget: '',
          result: `${all ? `all delivered in ${secs(totalMs)}` : `${count(delivered)} delivered in the first ${secs(totalMs)} (stopped there; all at that rate: ${Math.round(n / rate / 60)} min)`}, ${Math.round(rate)} a second (${(rate / smallRate).toFixed(2)}× the rate at ${count(whole)}); followers found in ${secs(foundMs)}; the editor's write answered in ${writeMs} ms; ${jwts} VAPID signature(s)`,
          pass: null,
        },
        {
          figure: 'worker CPU per alert message (encryption and signing, workerd)',
          budget: '< 2 ms',
          result: `${ownCpuMs.toFixed(3)} ms`,
          pass: ownCpuMs < 2,
        },
        {
          figure: `workerd CPU per alert message, ${count(n)} followers (all of it: local D1, queue, TLS)`,
          budget: '',
          result: `${cpuMs.toFixed(2)} ms over ${count(delivered)} messages (${small.cpuMs.toFixed(2)} ms at ${count(whole)})`,
          pass: null,
        },
        {
          figure: 'a typical alert',
          budget: '≤ 3,000 B plaintext',
          result: `${plaintext} B of JSON, ${typical.bytes} B encrypted (padded to a constant size)`,
          pass: plaintext <= 3000,
        },
      ],
    };
  } finally {
    await server.stop();
    await push.stop();
  }
}
