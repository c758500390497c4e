import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { Scorecard } from '../../model/scorecard';
import type { Briefing, BriefingInput } from '../../model/types';
import { createBriefing, getBriefing } from '../../worker/store/briefings';
import { updateBriefing } from '../../worker/store/edits';
import { putDesk } from '../../worker/store/editors';
import { assessed, norlandBudget, varnenTalks } from '../fixtures/outlooks';
import { get } from './editor-client';

// Histories written through the real store with chosen clocks, so the scores can be worked by hand.

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));

async function revise(id: string, at: number, change: (b: BriefingInput) => void): Promise<Briefing> {
  const current = (await getBriefing(env.DB, id))!;
  const next = structuredClone(current) as BriefingInput;
  change(next);
  const result = await updateBriefing(env.DB, current, next, day(at));
  if (!result.ok) throw new Error('stale');
  return result.briefing;
}

const resolve = (outcome: 'occurred' | 'did_not_occur' | 'ambiguous' | 'annulled', at: number) => ({
  outcome,
  resolvedAt: day(at).toISOString(),
});

describe('GET /api/scorecard', () => {
  it('scores each desk’s resolved scenarios as worked by hand, and counts the rest apart', async () => {
    await putDesk(env.DB, 'norland', { name: { en: 'Norland Desk', fr: 'Desk Norland' } });
    await putDesk(env.DB, 'varnen', { name: { en: 'Varnen Desk', fr: 'Desk Varnen' } });
    expect(await createBriefing(env.DB, { ...norlandBudget(), desk: 'norland' }, day(0))).not.toBeNull();
    await revise('norland-budget', 10, (b) => {
      const [passes, falls] = b.whatComesNext!.scenarios;
      passes.resolution = { ...passes.resolution!, ...resolve('occurred', 10) };
      falls.resolution = { ...falls.resolution!, ...resolve('did_not_occur', 10) };
    });

    expect(await createBriefing(env.DB, { ...varnenTalks(), desk: 'varnen' }, day(0))).not.toBeNull();
    await revise('lake-varnen-water-talks', 4, (b) => {
      b.whatComesNext!.scenarios[0].likelihood = assessed('roughly_even_chance');
    });
    await revise('lake-varnen-water-talks', 8, (b) => {
      b.whatComesNext!.scenarios[0].likelihood = assessed('very_likely');
    });
    await revise('lake-varnen-water-talks', 10, (b) => {
      const [accord, collapse, mediator] = b.whatComesNext!.scenarios;
      accord.resolution = { ...accord.resolution!, ...resolve('did_not_occur', 10) };
      collapse.resolution = { ...collapse.resolution!, ...resolve('ambiguous', 10) };
      mediator.resolution = { ...mediator.resolution!, ...resolve('annulled', 10) };
    });

    const res = await get('/api/scorecard');
    expect(res.status).toBe(200);
    const card = (await res.json()) as Scorecard;
    const fixed = (b: number | null) => b?.toFixed(4) ?? null;
    expect({ ...card.overall, brier: fixed(card.overall.brier) }).toEqual({
      forecast: 5,
      resolved: 5,
      scored: 2,
      notAssessed: 1,
      brier: '0.1974',
      terms: [
        { term: 'likely', count: 1, occurred: 1 },
        { term: 'very_likely', count: 1, occurred: 0 },
      ],
    });
    expect(card.desks.map((d) => ({ ...d, brier: fixed(d.brier) }))).toEqual([
      {
        id: 'norland',
        name: { en: 'Norland Desk', fr: 'Desk Norland' },
        forecast: 2,
        resolved: 2,
        scored: 1,
        notAssessed: 1,
        brier: '0.1056',
        terms: [{ term: 'likely', count: 1, occurred: 1 }],
      },
      {
        id: 'varnen',
        name: { en: 'Varnen Desk', fr: 'Desk Varnen' },
        forecast: 3,
        resolved: 3,
        scored: 1,
        notAssessed: 0,
        brier: '0.2891',
        terms: [{ term: 'very_likely', count: 1, occurred: 0 }],
      },
    ]);
  });

  it('shows the same on GET /scorecard for readers first: a verdict, each desk, the forecasts scored, the chart', async () => {
    const res = await get('/scorecard');
    expect(res.status).toBe(200);
    const html = await res.text();
    const text = html.replace(/<[^>]+>/g, '');
    expect(html).toContain('<h1>How our outlooks have fared</h1>');
    expect(text).toContain(
      'Our forecasts scored 0.197: lower is better, 0 is perfect, and always saying “even chance” scores 0.25. Ours did better.',
    );
    expect(html).toContain('<a href="#desk-0-h">Norland Desk: 0.106 (1 scored)</a>');
    expect(html).toContain('<a href="#desk-1-h">Varnen Desk: 0.289 (1 scored)</a>');
    expect(html).toContain('<a href="/briefings/norland-budget#scenario-passes">“Parliament passes the budget”</a>');
    expect(text).toContain('Last said: Likely (55–80%) · Occurred · score 0.106');
    expect(html).toContain('<a href="/briefings/lake-varnen-water-talks#scenario-accord">“A water-sharing accord”</a>');
    expect(text).toContain('Last said: Very likely (80–95%) · Did not occur · score 0.289');
    expect(html).toContain('<li>Likely (55–80%): 1 of 1 occurred</li><li>Very likely (80–95%): 0 of 1 occurred</li>');
    expect(html).toMatch(/<svg aria-hidden="true"[^>]* font-size="12"/);
    // The detail below: every desk's counts beside "even chance".
    expect(html).toMatch(/Mean Brier score<\/th><td><strong>0\.197<\/strong> \(always “even chance”: 0\.25\)/);
    expect(html).toContain('<h3 id="desk-0-h">Norland Desk</h3>');
    const fr = (await (await get('/scorecard?lang=fr')).text()).replace(/<[^>]+>/g, '');
    expect(fr).toContain('Nos prévisions obtiennent 0,197\u202f: plus c’est bas, mieux c’est');
    expect(fr).toContain('Dernier avis\u202f: Probable (55–80');
  });

  it('shows the resolution on the briefing page, a chart per scenario, and carries it in the feed', async () => {
    const page = await (await get('/briefings/lake-varnen-water-talks')).text();
    expect(page).toContain('Resolved 11\u00a0Jan\u00a02026: Did not occur');
    expect(page).toContain('The basin commission’s communiqué says that a water-sharing accord.');
    expect(page).toContain(
      '“A water-sharing accord” moved from Roughly even chance (45–55%) to Very likely (80–95%) on 9\u00a0Jan\u00a02026.',
    );
    expect(page).toMatch(
      /<figcaption class="meta">“A water-sharing accord”: Unlikely \(30%\) from 1\u00a0Jan\u00a02026, Roughly even chance \(45–55%\) from 5\u00a0Jan\u00a02026, Very likely \(80–95%\) from 9\u00a0Jan\u00a02026, resolved 11\u00a0Jan\u00a02026, did not occur\.<\/figcaption>/,
    );
    expect(page).toContain('<a href="/scorecard">How our outlooks have fared</a>');
    const feed = (await (await get('/feed.json')).json()) as { items: { _briefing: Briefing }[] };
    const item = feed.items.find((i) => i._briefing.id === 'lake-varnen-water-talks')!;
    expect(item._briefing.whatComesNext!.scenarios.map((s) => s.resolution?.outcome)).toEqual([
      'did_not_occur',
      'ambiguous',
      'annulled',
    ]);
  });
});
