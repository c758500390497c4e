import { readFileSync, writeFileSync } from 'node:fs';
import type { Machine } from './report';

const START = '<!-- bench -->';
const END = '<!-- /bench -->';

const METHOD = `Method: \`npm run bench\` builds dist/ if missing and starts a fresh \`wrangler dev\` (own state, migrated, seeded) for each group of figures, loopback only. Sizes are of decoded bodies gzipped here at level 9 (brotli at 11), since wrangler dev's compression is not the edge's; a first visit is every response a counting proxy in front of wrangler dev passed on to a fresh Chromium profile, from the page's request until the network has been idle for 1.5 s after the service worker is ready: the page, what it loads (the app script and any chunk it imports, the manifest and icon the browser asks for), the service worker and its install, the app's sync and the warm-up that saves every briefing of the feed for offline reading, since the reader pays for all of it on that one visit; header sizes are HTTP/1.1 as sent. The headline time is the Element Timing \`renderTime\` of the page's \`<h1>\` (marked by an init script as it is parsed, the same probe on both pages), which the page reports through a CDP binding rather than being polled for (polling injects Playwright's own script into the page, tens of milliseconds at 4× CPU, in the middle of the first layout), in a fresh profile under CDP \`Network.emulateNetworkConditions\` and \`Emulation.setCPUThrottlingRate\` 4, eleven runs interleaved with the bare page (the seed article as \`<h1>\` and \`<p>\`s, gzipped, from a trivial Node server), medians compared. Lighthouse 12.8.2 runs with its mobile defaults (simulated throttling) against Debian's Chromium after the pages are warm. Throughput is autocannon, ${'4'} connections for 3 s, each route beside a static asset of the same server measured before and after; 10 vs 1,000 briefings are two servers measured alternately, three rounds each, by mean latency (autocannon's percentiles are whole milliseconds). Render CPU is the workerd process's CPU time (/proc) over thousands of renders in a render-only worker, divided by their number. Absolute times move with the machine's load; the ratios are the figures to trust.`;

/** Puts the latest table, with date and machine, between the README's bench markers (only there). */
export function updateReadme(m: Machine, markdownTable: string): void {
  const readme = readFileSync('README.md', 'utf8');
  const [a, b] = [readme.indexOf(START), readme.indexOf(END)];
  if (a < 0 || b < a) throw new Error('README.md has no bench markers');
  const block = [
    START,
    '## Performance budgets',
    '',
    `Measured ${m.date.slice(0, 16).replace('T', ' ')} UTC on ${m.nproc} × ${m.cpu}, Node ${m.node} (load average ${m.load} at the start).`,
    '',
    markdownTable,
    '',
    METHOD,
    END,
  ].join('\n');
  writeFileSync('README.md', readme.slice(0, a) + block + readme.slice(b + END.length));
}
