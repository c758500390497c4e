import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefingInput } from '../../model/types';
import { createBriefing, getBriefing } from '../../worker/store/briefings';
import { updateBriefing } from '../../worker/store/edits';
import { assessed, norlandBudget, varnenTalks } from '../fixtures/outlooks';
import { get } from './editor-client';

// What a reader meets of an outlook that moved and one that was resolved: the card, the country's
// summary and the chart say what happened, not what was once forecast.

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const text = (html: string) => html.replace(/<[^>]+>/g, '');

async function revise(id: string, at: number, change: (b: BriefingInput) => void): Promise<void> {
  const current = (await getBriefing(env.DB, id))!;
  const next = structuredClone(current) as BriefingInput;
  change(next);
  if (!(await updateBriefing(env.DB, current, next, day(at))).ok) throw new Error('stale');
}

beforeAll(async () => {
  await createBriefing(env.DB, { ...norlandBudget(), geo: { countries: ['GH'] } }, day(0));
  await revise('norland-budget', 3, (b) => (b.whatComesNext!.scenarios[0].likelihood = assessed('very_likely')));
  await revise('norland-budget', 10, (b) => {
    const [passes, falls] = b.whatComesNext!.scenarios;
    Object.assign(passes.resolution!, { outcome: 'occurred', resolvedAt: day(10).toISOString() });
    Object.assign(falls.resolution!, { outcome: 'did_not_occur', resolvedAt: day(10).toISOString() });
  });
  await createBriefing(env.DB, varnenTalks(), day(0));
  await revise('lake-varnen-water-talks', 20, (b) => {
    b.whatComesNext!.scenarios[0].likelihood = assessed('roughly_even_chance');
  });
  // The latest move, a minute after the one before: on a time axis it would be a stub.
  await revise('lake-varnen-water-talks', 20.001, (b) => {
    b.whatComesNext!.scenarios[0].likelihood = assessed('likely');
    b.whatComesNext!.scenarios[2].resolution = {
      ...b.whatComesNext!.scenarios[2].resolution!,
      outcome: 'occurred',
      resolvedAt: day(20.001).toISOString(),
    };
  });
});

describe('a resolved outlook', () => {
  it('is told on its card by what happened, not as "not assessed"', async () => {
    const home = await (await get('/')).text();
    const card = /<li class="card">(?:(?!<\/li>).)*Norland’s budget(?:(?!<\/li>).)*<\/li>/s.exec(home)![0];
    expect(text(card)).toContain('“Parliament passes the budget” occurred · 11 Jan 2026 · reviewed 1 Jan 2026');
    expect(text(card)).not.toContain('not assessed');
    const partly = /<li class="card">(?:(?!<\/li>).)*Lake Varnen(?:(?!<\/li>).)*<\/li>/s.exec(home)![0];
    expect(text(partly)).toContain(
      '“A new mediator is named” occurred · 21 Jan 2026 · Likeliest: “A water-sharing accord”, Likely (55–80%)',
    );
  });

  it('is told on its country’s page as what became of each scenario, in English and in French', async () => {
    const html = await (await get('/countries/gh')).text();
    expect(html).toContain('<strong>“Parliament passes the budget” occurred · 11 Jan 2026</strong>');
    expect(html).toContain('<strong>“The budget falls” did not occur · 11 Jan 2026</strong>');
    expect(html).not.toMatch(/class="chip/);
    const fr = (await (await get('/countries/gh?lang=fr')).text()).replace(/[\u00a0\u202f]/g, ' ');
    expect(fr).toContain('<strong>Survenu : « Parliament passes the budget » · 11 janvier 2026</strong>');
  });
});

describe('the likelihood chart', () => {
  it('draws the latest value as wide as any other, with its scale, its dates and its words', async () => {
    const page = await (await get('/briefings/lake-varnen-water-talks')).text();
    const figure =
      /<figure class="trail">(?:(?!<\/figure>).)*“A water-sharing accord”(?:(?!<\/figure>).)*<\/figure>/s.exec(
        page,
      )![0];
    const d = /<path d="([^"]+)" stroke="currentColor" stroke-width="3"/.exec(figure)![1];
    const xs = [...d.matchAll(/(?:M(\d+) \d+)|(?:H(\d+))/g)].map((m) => Number(m[1] ?? m[2]));
    const widths = xs.slice(1).map((x, i) => x - xs[i]);
    expect(widths).toHaveLength(3);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(1);
    expect(text(figure)).toMatch(
      /^100%50%0%1 Jan 202621 Jan 2026“A water-sharing accord”: Unlikely \(30%\) from 1 Jan 2026/,
    );
    const fr = await (await get('/briefings/lake-varnen-water-talks?lang=fr')).text();
    expect(fr).toMatch(/>100[\u00a0\u202f]%<\/text>/);
    expect(fr.replace(/[\u00a0\u202f]/g, ' ')).toContain('>21 janvier 2026</text>');
  });

  it('marks an outcome inside its frame', async () => {
    const page = await (await get('/briefings/lake-varnen-water-talks')).text();
    const figure =
      /<figure class="trail">(?:(?!<\/figure>).)*“A new mediator is named”(?:(?!<\/figure>).)*<\/figure>/s.exec(
        page,
      )![0];
    const [, cx, cy, r] = /<circle cx="(\d+)" cy="(\d+)" r="(\d+)"/.exec(figure)!.map(Number);
    const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(figure)!.map(Number);
    expect(cx + r).toBeLessThanOrEqual(width);
    expect(cy - r).toBeGreaterThanOrEqual(0);
    expect(cy + r).toBeLessThanOrEqual(height);
    expect(text(figure)).toContain('resolved 21 Jan 2026, occurred.');
  });
});
