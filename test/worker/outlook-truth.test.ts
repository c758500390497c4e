import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Briefing, BriefingInput } from '../../model/types';
import { createBriefing, getBriefing } from '../../worker/store/briefings';
import { updateBriefing } from '../../worker/store/edits';
import { assessed, norlandBudget, varnenTalks } from '../fixtures/outlooks';
import { formatDate } from '../../web/i18n/format';
import { get } from './editor-client';

// What a reader meets of an outlook that moved and one that was resolved: the card, the country's
// summary and the chart say what happened, not what was once forecast.

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const text = (html: string) => html.replace(/<[^>]+>/g, '');

async function revise(id: string, at: number | Date, change: (b: BriefingInput) => void): Promise<void> {
  const current = (await getBriefing(env.DB, id))!;
  const next = structuredClone(current) as BriefingInput;
  change(next);
  if (!(await updateBriefing(env.DB, current, next, typeof at === 'number' ? day(at) : at)).ok)
    throw new Error('stale');
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
    expect(text(card)).toContain(
      '“Parliament passes the budget” occurred · 11\u00a0Jan\u00a02026 · reviewed 1\u00a0Jan\u00a02026',
    );
    expect(text(card)).not.toContain('not assessed');
    const partly = /<li class="card">(?:(?!<\/li>).)*Lake Varnen(?:(?!<\/li>).)*<\/li>/s.exec(home)![0];
    expect(text(partly)).toContain(
      '“A new mediator is named” occurred · 21\u00a0Jan\u00a02026 · Likeliest: “A water-sharing accord”, Likely (55–80%)',
    );
  });

  it('is told on its country’s page as what became of each scenario, in English and in French', async () => {
    const html = await (await get('/countries/gh')).text();
    expect(html).toContain('<strong>“Parliament passes the budget” occurred · 11\u00a0Jan\u00a02026</strong>');
    expect(html).toContain('<strong>“The budget falls” did not occur · 11\u00a0Jan\u00a02026</strong>');
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
      /^100%50%0%1\u00a0Jan\u00a0202621\u00a0Jan\u00a02026“A water-sharing accord”: Unlikely \(30%\) from 1\u00a0Jan\u00a02026/,
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
    expect(text(figure)).toContain('resolved 21\u00a0Jan\u00a02026, occurred.');
  });
});

describe('what moved', () => {
  // Pages are drawn at the real clock's now: a move two days old is news, one from January is not.
  const ago = (days: number) => new Date(Date.now() - days * 864e5);
  const moved = ago(2);
  const card = (html: string, headline: string) =>
    text(new RegExp(`<li class="card">(?:(?!</li>).)*${headline}(?:(?!</li>).)*</li>`, 's').exec(html)![0]);
  const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2060/g, '');

  beforeAll(async () => {
    const recent = varnenTalks(ago(5).toISOString());
    await createBriefing(
      env.DB,
      { ...recent, id: 'varnen-moved', headline: 'Varnen mediators try again', geo: { countries: ['TG'] } },
      ago(5),
    );
    await revise('varnen-moved', moved, (b) => (b.whatComesNext!.scenarios[0].likelihood = assessed('likely')));
    // A later revision that moves nothing keeps the move it follows.
    await revise('varnen-moved', ago(1), (b) => (b.standfirst = 'A fourth round opens in Brannholt.'));
    await createBriefing(
      env.DB,
      { ...varnenTalks(), id: 'varnen-old', headline: 'Varnen’s first round ends', geo: { countries: ['BJ'] } },
      day(0),
    );
    await revise('varnen-old', 20, (b) => (b.whatComesNext!.scenarios[0].likelihood = assessed('likely')));
  });

  it('keeps the latest move on the briefing, as the API and the feed serve it', async () => {
    const b = (await (await get('/api/briefings/varnen-moved')).json()) as Briefing;
    expect(b.lastMove).toEqual({
      at: moved.toISOString(),
      scenarios: [{ id: 'accord', from: { status: 'assessed', term: 'unlikely', percent: 30 } }],
    });
  });

  it('is named on a card with both terms, an arrow and its date, in English and in French', async () => {
    const date = (lang: string) => formatDate(moved.toISOString(), lang).replace(/ /g, '\u00a0');
    expect(card(await (await get('/')).text(), 'Varnen mediators')).toContain(
      `“A water-sharing accord” likely\u00a0↑ from unlikely · ${date('en')}`,
    );
    const fr = card(await (await get('/?lang=fr')).text(), 'Varnen mediators');
    expect(fr).toContain(
      `«\u202fA water-sharing accord\u202f» probable\u00a0↑ (auparavant\u202f: improbable) · ${date('fr')}`,
    );
    expect(card(await (await get('/countries/tg')).text(), 'Varnen mediators')).toContain(
      'likely\u00a0↑ from unlikely',
    );
  });

  it('is named in the country’s summary and at a glance', async () => {
    const date = formatDate(moved.toISOString(), 'en').replace(/ /g, '\u00a0');
    const country = await (await get('/countries/tg')).text();
    const summary = text(/<div class="outlook-summary"(?:(?!<\/div>).)*<\/div>/s.exec(country)![0]);
    expect(summary).toContain(`A water-sharing accord Likely 55–80% ▲ up from Unlikely (30%) on ${date}`);
    const fr = plain(await (await get('/countries/tg?lang=fr')).text());
    expect(fr).toContain(
      `en hausse le ${plain(formatDate(moved.toISOString(), 'fr'))} (auparavant : Improbable (30 %))`,
    );
    const page = text(await (await get('/briefings/varnen-moved')).text());
    expect(page).toContain(`A water-sharing accord: Likely (55–80%) ▲ up from Unlikely (30%) on ${date}`);
  });

  it('is not told once it is more than 30 days old', async () => {
    const home = card(await (await get('/')).text(), 'Varnen’s first round');
    expect(home).toContain('Likeliest: “A water-sharing accord”, Likely (55–80%) · reviewed 1\u00a0Jan\u00a02026');
    expect(home).not.toMatch(/[↑↓]/);
    const country = await (await get('/countries/bj')).text();
    expect(country).toContain('outlook-summary');
    expect(country).not.toMatch(/[▲▼]|up from/);
    const page = await (await get('/briefings/varnen-old')).text();
    expect(/<aside class="glance".*?<\/aside>/s.exec(page)![0]).not.toMatch(/[▲▼]|up from/);
  });
});
