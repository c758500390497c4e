// The scorecard at scale: a wrangler dev holding 10,000 revisions (2,500 briefings of three scenarios,
// 200 of them resolved). Its page's size, and the worker's CPU per uncached GET /api/scorecard, read
// from /proc for the workerd processes (D1's SQLite included), over many requests each a cache miss.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DevServer } from '../test/harness/dev-server';
import { quietEnv } from '../test/harness/wrangler-env';
import { gz } from './lib/http';
import { kb, median, type Row } from './lib/report';
import { TICK_MS, workerdTicks } from './render-cpu';

const BRIEFINGS = 2500;
const RESOLVED = 200;

export async function scorecardAtScale(n = 200): Promise<{ rows: Row[]; details: object }> {
  const server = new DevServer().prepare();
  const sql = join(server.persistTo, 'scored.sql');
  for (let from = 0; from < BRIEFINGS; from += 250) {
    const steps = [
      [
        'tsx',
        'bench/seed/scored.ts',
        '--out',
        sql,
        '--from',
        String(from),
        '--briefings',
        '250',
        '--resolved',
        String(RESOLVED),
      ],
      ['wrangler', 'd1', 'execute', 'DB', '--local', '--persist-to', server.persistTo, '--file', sql],
    ];
    for (const step of steps) {
      const r = spawnSync('npx', step, { env: quietEnv(), encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${step.slice(0, 2).join(' ')} failed:\n${r.stderr}${r.stdout}`);
    }
  }
  await server.start();
  try {
    const res = await fetch(`${server.url}/scorecard`);
    if (!res.ok) throw new Error(`GET /scorecard: ${res.status} ${await res.text()}`);
    const page = Buffer.from(await res.arrayBuffer());
    const card = (await (await fetch(`${server.url}/api/scorecard`)).json()) as { overall: { resolved: number } };
    // Each ?run= is its own cache key: every request below is computed, none served from a copy.
    for (let i = 0; i < 20; i++) await (await fetch(`${server.url}/api/scorecard?warm=${i}`)).arrayBuffer();
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let run = 0; run < 3; run++) {
      const before = workerdTicks(server.pid!);
      const started = performance.now();
      for (let i = 0; i < n; i++) await (await fetch(`${server.url}/api/scorecard?run=${run}-${i}`)).arrayBuffer();
      wall.push((performance.now() - started) / n);
      cpu.push(((workerdTicks(server.pid!) - before) * TICK_MS) / n);
    }
    const d = {
      pageRaw: page.length,
      pageGzip: gz(page),
      resolved: card.overall.resolved,
      cpuMs: median(cpu),
      wallMs: median(wall),
    };
    return {
      details: d,
      rows: [
        {
          figure: `scorecard page, ${d.resolved} resolved scenarios`,
          budget: '≤ 8 KB gzip',
          result: `${kb(d.pageRaw)} raw · ${kb(d.pageGzip)} gzip`,
          pass: d.pageGzip <= 8 * 1024,
        },
        {
          figure: `GET /api/scorecard over ${BRIEFINGS * 4} revisions, uncached (workerd CPU)`,
          budget: '< 50 ms',
          result: `${d.cpuMs.toFixed(2)} ms CPU (wall ${d.wallMs.toFixed(2)} ms)`,
          pass: d.cpuMs < 50,
        },
      ],
    };
  } finally {
    await server.stop();
  }
}
