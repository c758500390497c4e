import { expect } from 'vitest';
import type { Briefing, BriefingInput } from '../../model/types';
import type { DevServer } from '../harness/dev-server';
import { TEST_TOKEN } from '../harness/token';
import { assessed, norlandBudget, varnenTalks } from '../fixtures/outlooks';

// Outlooks as readers meet them once time has passed, published through a real server's API: the
// Norland budget, moved then resolved; the Lake Varnen talks after it in the same story, moved, with a
// signpost observed. Both on Ghana (GH) and the topic "water".

export const STORY = 'norland-budget-vote';
export const RESOLVED = '/briefings/norland-budget';
export const MOVED = '/briefings/lake-varnen-water-talks';

const headers = { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' };

async function publish(server: DevServer, b: BriefingInput): Promise<Briefing> {
  const res = await fetch(`${server.url}/api/briefings`, { method: 'POST', headers, body: JSON.stringify(b) });
  expect(res.status).toBe(201);
  return (await res.json()) as Briefing;
}

async function revise(server: DevServer, b: Briefing, change: (next: Briefing) => void): Promise<Briefing> {
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

/** Publishes both outlooks and their revisions on `server`. */
export async function seedOutlooks(server: DevServer): Promise<void> {
  const now = new Date().toISOString();
  const where = { geo: { countries: ['GH'] }, story: STORY };
  let budget = await publish(server, { ...norlandBudget(now), ...where });
  budget = await revise(server, budget, (b) => (b.whatComesNext!.scenarios[0].likelihood = assessed('very_likely')));
  await revise(server, budget, (b) => {
    const [passes, falls] = b.whatComesNext!.scenarios;
    const resolvedAt = new Date().toISOString();
    Object.assign(passes.resolution!, { outcome: 'occurred', resolvedAt });
    Object.assign(falls.resolution!, { outcome: 'did_not_occur', resolvedAt });
  });
  const talks = await publish(server, { ...varnenTalks(now), ...where });
  await revise(server, talks, (b) => {
    b.whatComesNext!.scenarios[0].likelihood = assessed('roughly_even_chance');
    b.whatComesNext!.scenarios[1].likelihood = assessed('very_unlikely');
    Object.assign(b.whatComesNext!.signposts[0], { status: 'observed', observedAt: new Date().toISOString() });
  });
}
