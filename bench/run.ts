// `npm run bench`: measures every performance budget, each group against its own fresh wrangler dev, and
// prints one table (saved as JSON under bench/results/). `-- --only "first visit,lighthouse"` runs some
// groups; `-- --write` puts the table into docs/performance.md (only the rows it measured).
import { alertFanOut } from './alerts';
import { browsePages, searchScaling } from './browse';
import { feedRefresh, feedWire, pageBytes } from './bytes';
import { editorFirstLoad } from './editor';
import { faults, hostileSearches, longNonLatin, poisonedBatch } from './faults';
import { firstVisit } from './first-visit';
import { headline, offlineRepeat } from './headline';
import { lighthouseRuns } from './lighthouse';
import { scaling, throughput } from './load';
import { writePerformanceDoc } from './lib/performance-doc';
import { machine, save, table, type Row } from './lib/report';
import { BRIEFING_PATH, ensureBuilt, freshServer, withServer } from './lib/servers';
import { readerMonth } from './reader-month';
import { renderCpu } from './render-cpu';
import { scorecardAtScale } from './scorecard';

type Part = { rows: Row[]; details: object };
const rows: Row[] = [];
const details: Record<string, object> = {};
const m = machine();
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1]?.split(',') : undefined;
/** Whether any of the groups `names` is to run. */
const wanted = (...names: string[]) => !only || names.some((n) => only.includes(n));

async function step(name: string, run: () => Promise<Part>, groups = [name]): Promise<void> {
  if (!wanted(...groups)) return;
  const started = Date.now();
  process.stderr.write(`bench: ${name}…`);
  try {
    const part = await run();
    rows.push(...part.rows);
    details[name] = part.details;
  } catch (error) {
    // One failing group must not hide the others' figures.
    rows.push({ figure: name, budget: '', result: `failed: ${String(error).split('\n')[0]}`, pass: false });
    details[name] = { error: String(error) };
  }
  process.stderr.write(` ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

/** Asks for the pages once, so the Workers Cache holds them as it would in production. */
const warm = async (url: string) => {
  for (const p of ['/', BRIEFING_PATH, '/feed.json']) await (await fetch(url + p)).arrayBuffer();
};

ensureBuilt();
if (wanted('page bytes', 'feed refresh'))
  await withServer(1, async (s) => {
    await warm(s.url);
    await step('page bytes', () => pageBytes(s));
    await step('feed refresh', () => feedRefresh(s));
  });
if (wanted('feed wire')) await withServer(25, (s) => step('feed wire', () => feedWire(s)));
if (wanted('first visit')) await withServer(1, (s) => step('first visit', () => firstVisit(s)));
if (wanted('editor')) await withServer(1, (s) => step('editor', () => editorFirstLoad(s)));
if (wanted('reader month')) await withServer(1, (s) => step('reader month', () => readerMonth(s)));
if (wanted('browse pages')) await withServer(1, (s) => step('browse pages', () => browsePages(s)));
if (wanted('search scaling')) {
  const [thousand, tenThousand] = [await freshServer(1000), await freshServer(10000)];
  try {
    await step('search scaling', () => searchScaling(thousand, tenThousand));
  } finally {
    await Promise.all([thousand.stop(), tenThousand.stop()]);
  }
}
if (wanted('headline', 'offline repeat'))
  await withServer(1, async (s) => {
    await warm(s.url);
    await step('headline', () => headline(s));
    await step('offline repeat', () => offlineRepeat(s)); // stops the server: last on it
  });
if (wanted('lighthouse'))
  await withServer(1, async (s) => {
    await warm(s.url);
    await step('lighthouse', () => lighthouseRuns(s));
  });
if (wanted('throughput')) await withServer(10, (s) => step('throughput', () => throughput(s)));
if (wanted('scaling')) {
  const [ten, thousand] = [await freshServer(10), await freshServer(1000)];
  try {
    await step('scaling', () => scaling(ten, thousand));
  } finally {
    await Promise.all([ten.stop(), thousand.stop()]);
  }
}
if (wanted('faults')) await withServer(1, (s) => step('faults', () => faults(s)));
// The hostile searches can run alone (`--only "faults: hostile searches"`) or with the whole suite.
if (wanted('faults', 'faults: hostile searches'))
  await withServer(1000, (s) =>
    step('faults: hostile searches', async () => ({ rows: [await hostileSearches(s, 1000)], details: {} }), [
      'faults',
      'faults: hostile searches',
    ]),
  );
await step('faults: alerts', async () => ({ rows: [await poisonedBatch(), await longNonLatin()], details: {} }), [
  'faults',
]);
await step('render cpu', () => renderCpu());
await step('alerts', () => alertFanOut());
await step('scorecard', () => scorecardAtScale());

const printed = table(rows);
console.log(`\n${m.date} · ${m.nproc} × ${m.cpu} · Node ${m.node} · load ${m.load}\n\n${printed}\n`);
const failed = rows.filter((r) => r.pass === false).length;
console.log(`${rows.filter((r) => r.pass).length} budgets met, ${failed} missed. Saved ${save(m, rows, details)}.`);
if (process.argv.includes('--write')) {
  writePerformanceDoc(m, rows, only);
  console.log('Wrote the table into docs/performance.md.');
}
process.exitCode = failed ? 1 : 0;
