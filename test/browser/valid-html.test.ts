import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Briefing, BriefingInput } from '../../model/types';
import { DevServer } from '../harness/dev-server';
import { TEST_TOKEN } from '../harness/token';
import { htmlErrors } from '../harness/vnu';
import { assessed, norlandBudget, varnenTalks } from '../fixtures/outlooks';

// Every kind of page a reader meets, as a real `wrangler dev` serves it with an outlook that moved,
// one that was resolved and a scorecard with scored forecasts, checked by the Nu Html Checker in
// English and in French. Pages other features add belong in PAGES.

const STORY = 'norland-budget-vote';
const PAGES = [
  '/',
  '/briefings/norland-budget',
  '/briefings/lake-varnen-water-talks',
  '/countries/gh',
  '/topics/water',
  `/stories/${STORY}`,
  '/search?q=budget',
  '/search?q=nothing-matches-this',
  '/scorecard',
];

const server = new DevServer();
const headers = { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' };

async function publish(b: BriefingInput): Promise<Briefing> {
  const res = await fetch(`${server.url}/api/briefings`, { method: 'POST', headers, body: JSON.stringify(b) });
  expect(res.status).toBe(201);
  return (await res.json()) as Briefing;
}

async function revise(b: Briefing, change: (next: Briefing) => void): Promise<Briefing> {
  const next = structuredClone(b);
  change(next);
  const res = await fetch(`${server.url}/api/briefings/${b.id}`, {
    method: 'PUT',
    headers: { ...headers, 'If-Match': `"r${b.revision}"` },
    body: JSON.stringify(next),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Briefing;
}

beforeAll(async () => {
  await server.prepare().start();
  const now = new Date().toISOString();
  let budget = await publish({ ...norlandBudget(now), geo: { countries: ['GH'] }, story: STORY });
  budget = await revise(budget, (b) => (b.whatComesNext!.scenarios[0].likelihood = assessed('very_likely')));
  await revise(budget, (b) => {
    const [passes, falls] = b.whatComesNext!.scenarios;
    const resolvedAt = new Date().toISOString();
    Object.assign(passes.resolution!, { outcome: 'occurred', resolvedAt });
    Object.assign(falls.resolution!, { outcome: 'did_not_occur', resolvedAt });
  });
  const talks = await publish({ ...varnenTalks(now), geo: { countries: ['GH'] }, story: STORY });
  await revise(talks, (b) => {
    b.whatComesNext!.scenarios[0].likelihood = assessed('roughly_even_chance');
    Object.assign(b.whatComesNext!.signposts[0], { status: 'observed', observedAt: new Date().toISOString() });
  });
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
