// Everything a first visit downloads, in a fresh profile: every response a counting proxy in front of
// wrangler dev passes on, until the network is idle. Bodies are gzipped here (level 9): wrangler dev's
// compression is not the edge's.
import { readFileSync } from 'node:fs';
import { launchPhone } from '../test/harness/chromium';
import type { DevServer } from '../test/harness/dev-server';
import { countingProxy } from './lib/counting-proxy';
import { get, gz } from './lib/http';
import { kb, type Row } from './lib/report';
import { BRIEFING_PATH } from './lib/servers';

interface File {
  path: string;
  type: string;
  status: number;
  raw: number;
  gzip: number;
  headerBytes: number;
}

/** What a file of a first visit is, so the two languages' visits can be compared part by part. */
const partOf = (f: File) =>
  /html/.test(f.type)
    ? 'page'
    : /^\/assets\/strings-/.test(f.path)
      ? 'words'
      : /\.webmanifest$/.test(f.path)
        ? 'manifest'
        : 'the rest';

/** Where the French visit's extra bytes are: "page +0.16, words +0.27, …", the parts that differ only. */
function difference(english: File[], french: File[]): string {
  const sums = (fs: File[]) =>
    fs.reduce((m, f) => m.set(partOf(f), (m.get(partOf(f)) ?? 0) + f.gzip), new Map<string, number>());
  const [en, fr] = [sums(english), sums(french)];
  return ['page', 'words', 'manifest', 'the rest']
    .map((part) => [part, (fr.get(part) ?? 0) - (en.get(part) ?? 0)] as const)
    .filter(([, d]) => Math.abs(d) >= 5)
    .map(([part, d]) => `${part} ${d >= 0 ? '+' : '−'}${kb(Math.abs(d))}`)
    .join(', ');
}

const isText = (type: string) => /text|javascript|json|xml|svg|manifest/.test(type);
const sizeOf = (type: string, body: Buffer) => (isText(type) ? gz(body) : body.length);

/** The precache list of the built service worker, read from the served /sw.js; null when there is none. */
export async function precacheList(origin: string): Promise<string[] | null> {
  const sw = await get(`${origin}/sw.js`);
  if (sw.status !== 200) return null;
  const urls = [...sw.body.toString('utf8').matchAll(/"?url"?\s*:\s*"([^"]+)"/g)].map(
    (m) => new URL(m[1], `${origin}/`).pathname,
  );
  return [...new Set(urls)];
}

type BuildManifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;

/** What a page itself loads: each entry script and its static imports, from the build's manifest. */
export function pageScripts(manifest: BuildManifest): Set<string> {
  const files = new Set<string>();
  const add = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(`/${chunk.file}`)) return;
    files.add(`/${chunk.file}`);
    for (const imported of chunk.imports ?? []) add(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) add(key);
  return files;
}

/** Every response of a first visit to the briefing in `lang`'s interface, in a fresh profile. */
async function visit(server: DevServer, lang: 'en' | 'fr') {
  const proxy = await countingProxy(server.url);
  const context = await launchPhone();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${proxy.url}${BRIEFING_PATH}?lang=${lang}`, { waitUntil: 'load' });
    // Let the service worker install (and precache) if the page registers one, then let it settle.
    await page.evaluate(
      `Promise.race([navigator.serviceWorker ? navigator.serviceWorker.ready : null, new Promise((r) => setTimeout(r, 10000))])`,
    );
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
  } finally {
    await context.close();
    await proxy.close();
  }
  return proxy.transfers;
}

export async function firstVisit(server: DevServer): Promise<{ rows: Row[]; details: object }> {
  const asFiles = (transfers: Awaited<ReturnType<typeof visit>>): File[] =>
    transfers.map((t) => ({
      path: t.path,
      type: t.type,
      status: t.status,
      raw: t.body.length,
      gzip: sizeOf(t.type, t.body),
      headerBytes: t.headerBytes,
    }));
  const files = asFiles(await visit(server, 'en'));
  const frenchFiles = asFiles(await visit(server, 'fr'));
  const french = frenchFiles.reduce((n, f) => n + f.gzip, 0);
  const precache = await precacheList(server.url);
  const precached: File[] = [];
  for (const path of precache ?? []) {
    const res = await get(server.url + path);
    const type = String(res.headers['content-type'] ?? '');
    precached.push({
      path,
      type,
      status: res.status,
      raw: res.body.length,
      gzip: sizeOf(type, res.body),
      headerBytes: res.headerBytes,
    });
  }
  const sum = (fs: File[], k: 'gzip' | 'headerBytes' | 'raw') => fs.reduce((n, f) => n + f[k], 0);
  const js = files.filter((f) => /javascript/.test(f.type));
  // What the page itself loads (its entry script and static imports), apart from any chunk loaded on demand.
  const manifest = JSON.parse(readFileSync('dist/build-manifest.json', 'utf8')) as BuildManifest;
  const ofPage = pageScripts(manifest);
  // The page's loader fetches its language's words beside the app: the page's JavaScript too.
  const pageJs = js.filter((f) => ofPage.has(f.path) || /^\/assets\/strings-en-/.test(f.path));
  const total = sum(files, 'gzip');
  // The same address fetched more than once on one visit: bytes a design change could save.
  const counts = new Map<string, number>();
  for (const f of files) counts.set(f.path, (counts.get(f.path) ?? 0) + 1);
  const repeats = [...counts].filter(([, n]) => n > 1).map(([p, n]) => `${p} ×${n}`);
  return {
    details: { total, french, files, frenchFiles, precache: precached, repeats },
    rows: [
      {
        figure: 'first visit, every file',
        budget: '≤ 30 KB gzip',
        result: `${kb(total)} gzip in ${files.length} responses (+ ${kb(sum(files, 'headerBytes'))} headers)`,
        pass: total <= 30 * 1024,
      },
      {
        // A French reader downloads French strings only, as an English reader English ones.
        figure: 'first visit in French, every file',
        budget: '≤ 30 KB gzip, ≤ English + 0.2 KB',
        result: `${kb(french)} gzip (${french >= total ? '+' : '−'}${kb(Math.abs(french - total))} on English: ${difference(files, frenchFiles)})`,
        pass: french <= 30 * 1024 && french <= total + 0.2 * 1024,
      },
      {
        figure: 'first visit, JavaScript alone (sw.js included)',
        budget: '',
        result: `${kb(sum(js, 'gzip'))} gzip in ${js.length} files (${kb(sum(js, 'raw'))} raw)`,
        pass: null,
      },
      {
        figure: 'first visit, the page’s JavaScript',
        budget: '≤ 15 KB gzip',
        result: `${kb(sum(pageJs, 'gzip'))} gzip in ${pageJs.length} file${pageJs.length === 1 ? '' : 's'} (${kb(sum(pageJs, 'raw'))} raw)`,
        pass: pageJs.length > 0 && sum(pageJs, 'gzip') <= 15 * 1024,
      },
      {
        figure: 'precache, service worker install',
        budget: '≤ 50 KB',
        result: precache
          ? `${kb(sum(precached, 'raw'))} raw · ${kb(sum(precached, 'gzip'))} gzip in ${precached.length} entries`
          : 'n/a (no service worker yet)',
        pass: precache ? sum(precached, 'raw') <= 50 * 1024 : false,
      },
    ],
  };
}
