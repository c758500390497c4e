// CPU time of one server render: a render-only worker (bench/render/worker.tsx) renders n times a
// request, and the workerd process's CPU time from /proc (which others' load does not inflate) is divided
// by n; the worker's own wall-clock reading is reported beside it as a check.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { freePort } from '../test/harness/free-port';
import { quietEnv } from '../test/harness/wrangler-env';
import { median, type Row } from './lib/report';

export const TICK_MS = 10; // USER_HZ is 100 on Linux: /proc counts CPU time in 10 ms ticks.

/** CPU ticks used so far by every workerd process in the process group `pgid`. */
export function workerdTicks(pgid: number): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [comm, rest] = [
        stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
        stat.slice(stat.lastIndexOf(')') + 2).split(' '),
      ];
      // Fields after the name: state ppid pgrp ... utime(12) stime(13), counted from `state` as 1.
      if (comm.startsWith('workerd') && Number(rest[2]) === pgid) ticks += Number(rest[11]) + Number(rest[12]);
    } catch {
      // the process ended while we looked
    }
  }
  return ticks;
}

export interface RenderCpu {
  what: string;
  cpuMs: number;
  wallMs: number;
  bytes: number;
}

/** Per-render CPU of the briefing page, the home page (20 cards) and a feed page (20 items). */
export async function renderCpu(n = 2000): Promise<{ rows: Row[]; details: RenderCpu[] }> {
  const port = await freePort();
  const child = spawn(
    'npx',
    [
      'wrangler',
      'dev',
      '-c',
      'bench/render/wrangler.toml',
      '--port',
      String(port),
      '--ip',
      '127.0.0.1',
      '--show-interactive-dev-session=false',
    ],
    {
      env: quietEnv(),
      stdio: 'ignore',
      detached: true,
    },
  );
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let deadline = Date.now() + 60_000; ; await new Promise((r) => setTimeout(r, 250))) {
      if (Date.now() > deadline) throw new Error('the render worker did not start');
      if (
        await fetch(`${base}/?what=briefing&n=50`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
    }
    const details: RenderCpu[] = [];
    for (const [what, times] of [
      ['briefing', n],
      ['home', n],
      ['feed', n / 20],
    ] as const) {
      await fetch(`${base}/?what=${what}&n=${times / 10}`); // warm the JIT
      const cpu: number[] = [];
      const wall: number[] = [];
      let bytes = 0;
      for (let run = 0; run < 3; run++) {
        const before = workerdTicks(child.pid!);
        const r = (await (await fetch(`${base}/?what=${what}&n=${times}`)).json()) as { wallMs: number; bytes: number };
        cpu.push(((workerdTicks(child.pid!) - before) * TICK_MS) / times);
        wall.push(r.wallMs / times);
        bytes = r.bytes;
      }
      details.push({ what, cpuMs: median(cpu), wallMs: median(wall), bytes });
    }
    const fmt = (d: RenderCpu) =>
      `${d.cpuMs.toFixed(3)} ms CPU (wall ${d.wallMs.toFixed(3)} ms, ${Math.round(d.bytes / 1024)} KB out)`;
    const [page, home, feedPage] = details;
    return {
      details,
      rows: [
        {
          figure: 'one server render, briefing page (workerd)',
          budget: '≤ 2 ms',
          result: fmt(page),
          pass: page.cpuMs <= 2,
        },
        {
          figure: 'one server render, home, 20 cards (workerd)',
          budget: '≤ 2 ms',
          result: fmt(home),
          pass: home.cpuMs <= 2,
        },
        { figure: 'one feed page render, 20 items (workerd)', budget: '', result: fmt(feedPage), pass: null },
      ],
    };
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
