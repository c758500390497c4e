// What a reader pays on a real feed: twenty different briefings (bench/fixtures/twenty.ts). A first visit
// (every response until the network is idle, the offline warm-up included); following two situations
// (their pages, and their briefings saved on the phone); a day of the newsroom (two briefings published
// and one outlook revised, then the reader opens the app and reads the two new ones); and the month (all
// of it and thirty such days) beside the same reading as bare-text pages.
// Bodies are gzipped here (level 9) and every response's status line and headers counted.
import type { Page } from 'playwright-core';
import { launchPhone } from '../test/harness/chromium';
import type { DevServer } from '../test/harness/dev-server';
import { TEST_TOKEN } from '../test/harness/token';
import { fixtureBriefing } from './fixtures/twenty';
import { bareBriefingBytes, bareHomeBytes } from './lib/bare';
import { countingProxy, type Transfer } from './lib/counting-proxy';
import { gz } from './lib/http';
import { kb, x, type Row } from './lib/report';
import { BRIEFING_PATH } from './lib/servers';

type BareBriefing = Parameters<typeof bareBriefingBytes>[0];

/** The situations the reader follows: Niger and Mali, each with briefings beyond the feed's first page. */
const FOLLOWED = ['ne', 'ml'];
const EDITOR = { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' };
const isText = (type: string) => /text|javascript|json|xml|svg|manifest/.test(type);
const bytesOf = (t: Transfer) => (isText(t.type) ? gz(t.body) : t.body.length);
const total = (ts: Transfer[]) => ts.reduce((n, t) => n + bytesOf(t) + t.headerBytes, 0);

async function publish(server: DevServer, n: number): Promise<void> {
  const res = await fetch(`${server.url}/api/briefings`, {
    method: 'POST',
    headers: EDITOR,
    body: JSON.stringify(fixtureBriefing(n)),
  });
  if (res.status !== 201) throw new Error(`publishing fixture ${n}: ${res.status} ${await res.text()}`);
}

/** An editor revises a briefing's outlook: its first scenario is now assessed as likely. */
async function reviseOutlook(server: DevServer, id: string): Promise<void> {
  const url = `${server.url}/api/briefings/${id}`;
  const current = await fetch(url);
  const b = (await current.json()) as ReturnType<typeof fixtureBriefing>;
  const [first, ...rest] = b.whatComesNext!.scenarios;
  const body = {
    ...b,
    whatComesNext: {
      ...b.whatComesNext!,
      scenarios: [{ ...first, likelihood: { status: 'assessed', term: 'likely' } }, ...rest],
    },
  };
  const res = await fetch(url, {
    method: 'PUT',
    headers: { ...EDITOR, 'If-Match': current.headers.get('ETag') ?? '' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`revising ${id}: ${res.status} ${await res.text()}`);
}

/** Waits until the page has settled: the service worker's work done, the network idle. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
}

/** From the home page, opens the briefing `id` as a reader does (its card's link) and waits for its headline. */
async function read(page: Page, id: string, headline: string): Promise<void> {
  await page.locator(`a[href="/briefings/${id}"]`).first().click({ timeout: 20_000 });
  await page.locator('main h1', { hasText: headline }).waitFor({ timeout: 20_000 });
}

export async function readerMonth(server: DevServer): Promise<{ rows: Row[]; details: object }> {
  // The sample and nineteen fixtures: twenty different briefings on the feed's first page.
  for (let n = 0; n < 19; n++) await publish(server, n);
  const proxy = await countingProxy(server.url);
  const phone = await launchPhone();
  let visit: Transfer[];
  let follows: Transfer[];
  let day: Transfer[];
  try {
    const page = phone.pages()[0] ?? (await phone.newPage());
    await page.goto(proxy.url + BRIEFING_PATH, { waitUntil: 'load' });
    await page.evaluate(
      `Promise.race([navigator.serviceWorker ? navigator.serviceWorker.ready : null, new Promise((r) => setTimeout(r, 10000))])`,
    );
    await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 20_000 });
    await settle(page);
    visit = proxy.transfers.splice(0);

    // The reader follows two countries from their pages; the service worker saves their briefings.
    for (const cc of FOLLOWED) {
      await page.goto(`${proxy.url}/countries/${cc}`);
      await page.locator('.appbar button').first().waitFor({ timeout: 20_000 });
      await page.locator('button[data-follow]').first().click();
      await page.locator('button[data-follow][aria-pressed="true"]').first().waitFor({ timeout: 20_000 });
      await settle(page);
    }
    follows = proxy.transfers.splice(0);

    // A day: two briefings published, one outlook revised; the reader opens the app and reads the new two.
    const fresh = [fixtureBriefing(19), fixtureBriefing(20)];
    await publish(server, 19);
    await publish(server, 20);
    await reviseOutlook(server, 'fixture-03');
    await page.goto(`${proxy.url}/`);
    await page.locator(`a[href="/briefings/${fresh[1].id}"]`).first().waitFor({ timeout: 20_000 });
    for (const b of fresh) {
      await read(page, b.id, b.headline);
      await page.locator('.brand').click();
    }
    await settle(page);
    day = proxy.transfers.splice(0);
  } finally {
    await phone.close();
    await proxy.close();
  }
  // The page read and the scripts (the app, sw.js): what the one-briefing first visit's budget covers.
  const shell = [visit.find((t) => t.type.startsWith('text/html'))!, ...visit.filter((t) => /javascript/.test(t.type))];
  const shellGzip = shell.reduce((n, t) => n + bytesOf(t), 0);
  // The same reading as bare-text pages: the briefing the reader came for; then each day the list of
  // what is new (the home page) and the two new briefings.
  const feed = (await (await fetch(`${server.url}/api/briefings`)).json()) as { briefings: BareBriefing[] };
  const seed = (await (await fetch(`${server.url}/api${BRIEFING_PATH}`)).json()) as BareBriefing;
  const situation = async (cc: string) =>
    (
      (await (await fetch(`${server.url}/countries/${cc}/feed.json`)).json()) as {
        items: { _briefing: BareBriefing }[];
      }
    ).items.map((i) => i._briefing);
  const bare = {
    visit: bareBriefingBytes(seed),
    follows: (await Promise.all(FOLLOWED.map(situation))).reduce((n, list) => n + bareHomeBytes(list), 0),
    day:
      bareHomeBytes(feed.briefings) + bareBriefingBytes(fixtureBriefing(19)) + bareBriefingBytes(fixtureBriefing(20)),
  };
  // The app's chunks a day first needed (the outlook's, to draw a new briefing) are hashed and kept once
  // fetched: the month pays for them once, not each day.
  const chunks = day.filter((t) => t.path.startsWith('/assets/'));
  const daily = day.filter((t) => !t.path.startsWith('/assets/'));
  const month = total(visit) + total(follows) + total(chunks) + 30 * total(daily);
  const bareMonth = bare.visit + bare.follows + 30 * bare.day;
  const list = (ts: Transfer[]) =>
    ts.map((t) => ({ path: t.path, status: t.status, gzip: bytesOf(t), headerBytes: t.headerBytes }));
  return {
    details: {
      visit: list(visit),
      follows: list(follows),
      day: list(day),
      chunks: total(chunks),
      bare,
      month,
      bareMonth,
    },
    rows: [
      {
        figure: 'reader month: first visit, 20 briefings in the feed',
        budget: '≤ 90 KB',
        result: `${kb(total(visit))} in ${visit.length} responses, headers included (page, app and sw.js ${kb(shellGzip)} gzip)`,
        pass: total(visit) <= 90 * 1024 && shellGzip <= 30 * 1024,
      },
      {
        figure: 'reader month: following 2 countries (their pages, their briefings saved)',
        budget: '',
        result: `${kb(total(follows))} in ${follows.length} responses, headers included (bare pages ${kb(bare.follows)})`,
        pass: null,
      },
      {
        figure: 'reader month: a day (2 published and read, 1 outlook revised)',
        budget: '≤ 16 KB',
        result: `${kb(total(day))} in ${day.length} responses, headers included (${kb(total(chunks))} of them the app's chunks, fetched once)`,
        pass: total(day) <= 16 * 1024,
      },
      {
        figure: 'reader month: first visit + 30 days vs bare-text pages',
        budget: '≤ 2× bare',
        result: `${kb(month)} vs bare ${kb(bareMonth)} = ${x(month / bareMonth)} (following 2 countries included)`,
        pass: month / bareMonth <= 2,
      },
    ],
  };
}
