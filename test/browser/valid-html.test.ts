import { afterAll, beforeAll, expect, it } from 'vitest';
import { DevServer } from '../harness/dev-server';
import { htmlErrors } from '../harness/vnu';
import { MOVED, RESOLVED, seedOutlooks, STORY } from './outlook-seed';

// Every kind of page a reader meets, as a real `wrangler dev` serves it with an outlook that moved,
// one that was resolved and a scorecard with scored forecasts, checked by the Nu Html Checker in
// English and in French. Pages other features add belong in PAGES.

const PAGES = [
  '/',
  RESOLVED,
  MOVED,
  '/countries/gh',
  '/topics/water',
  `/stories/${STORY}`,
  '/search?q=budget',
  '/search?q=nothing-matches-this',
  '/scorecard',
];

const server = new DevServer();

beforeAll(async () => {
  await server.prepare().start();
  await seedOutlooks(server);
}, 180_000);
afterAll(() => server.stop());

it('finds no error on any page, in English and in French', async () => {
  const pages = [];
  for (const lang of ['en', 'fr'])
    for (const path of PAGES) {
      const url = `${server.url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
      const res = await fetch(url);
      expect([url, res.status]).toEqual([url, 200]);
      pages.push({ name: `${lang}${path}`, html: await res.text() });
    }
  expect(await htmlErrors(pages)).toEqual([]);
}, 180_000);
