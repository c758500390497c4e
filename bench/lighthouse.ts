// Lighthouse (npm `lighthouse` 12.8.2, the newest that runs on Node 20: 13.x needs Node ≥ 22.19) with
// its mobile defaults (simulated slow 4G, 4× CPU, Moto G Power screen), against Debian's Chromium
// started here with a DevTools port: nothing is downloaded. Performance category only, median of five runs.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/harness/chromium';
import type { DevServer } from '../test/harness/dev-server';
import { freePort } from '../test/harness/free-port';
import { ms, type Row } from './lib/report';
import { BRIEFING_PATH } from './lib/servers';

// One run's total blocking time swings by a hundred milliseconds on a busy machine, with the score at
// its edge: the median of five runs is reported, as Lighthouse's own docs advise.
const RUNS = 5;

async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'briefing-lighthouse-'));
  const child = spawn(
    CHROMIUM,
    [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  for (let deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
    if (
      await fetch(`http://127.0.0.1:${port}/json/version`).then(
        (r) => r.ok,
        () => false,
      )
    ) {
      const exited = new Promise((r) => child.once('exit', r));
      // The profile is removed once Chromium has exited, or it is still writing into it.
      const stop = async () => (
        child.kill(),
        await exited,
        rmSync(profile, { recursive: true, force: true, maxRetries: 3 })
      );
      return { port, stop };
    }
  }
  child.kill();
  throw new Error('Chromium did not open its DevTools port');
}

export async function lighthouseRuns(server: DevServer): Promise<{ rows: Row[]; details: object }> {
  const chromium = await startChromium();
  const rows: Row[] = [];
  const details: Record<string, object> = {};
  try {
    for (const [name, path] of [
      ['home', '/'],
      ['briefing', BRIEFING_PATH],
    ]) {
      const runs: Result[] = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(server.url + path, {
          port: chromium.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
        runs.push(result.lhr);
      }
      // The run of median score (ties: of median FCP and TTI, Lighthouse's own choice).
      const scoreOf = (r: Result) => r.categories.performance.score ?? 0;
      const middle = scoreOf([...runs].sort((a, b) => scoreOf(a) - scoreOf(b))[Math.floor(RUNS / 2)]);
      const lhr = computeMedianRun(runs.filter((r) => scoreOf(r) === middle));
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      const score = Math.round((lhr.categories.performance.score ?? 0) * 100);
      const d = {
        score,
        lcp: audit('largest-contentful-paint'),
        fcp: audit('first-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        lighthouse: lhr.lighthouseVersion,
        warnings: lhr.runWarnings,
      };
      details[name] = d;
      rows.push({
        figure: `Lighthouse mobile, ${name}`,
        budget: '100 / LCP ≤ 1.0 s',
        result: `${score} · LCP ${ms(d.lcp)} · TBT ${ms(d.tbt)} · CLS ${d.cls.toFixed(3)}`,
        pass: score === 100 && d.lcp <= 1000,
      });
    }
  } finally {
    await chromium.stop();
  }
  return { rows, details };
}
