import { describe, expect, it } from 'vitest';
import type { Briefing, BriefingInput } from '../../model/types';
import { assessed, norlandBudget, varnenTalks } from '../fixtures/outlooks';
import { freshIp, get, send } from './editor-client';

// The resolution rules as an editor meets them through the API: each refusal names its path.

const ip = freshIp();
const now = new Date().toISOString();

async function publish(input: BriefingInput): Promise<Briefing> {
  const res = await send('POST', '/api/briefings', { body: input, ip });
  expect(res.status).toBe(201);
  return (await res.json()) as Briefing;
}

async function put(b: Briefing, change: (b: Briefing) => void) {
  const next = structuredClone(b);
  change(next);
  const res = await send('PUT', `/api/briefings/${b.id}`, { body: next, ifMatch: `"r${b.revision}"`, ip });
  return {
    status: res.status,
    body: (await res.json()) as Briefing & { errors?: { path: string; message: string }[] },
  };
}

describe('resolving a scenario (PUT)', () => {
  it('refuses a resolvedAt in the future, naming its path', async () => {
    const b = await publish(norlandBudget(now));
    const r = await put(b, (n) => {
      n.whatComesNext!.scenarios[0].resolution!.outcome = 'occurred';
      n.whatComesNext!.scenarios[0].resolution!.resolvedAt = '2999-01-01T00:00:00Z';
    });
    expect([r.status, r.body.errors]).toEqual([
      422,
      [{ path: 'whatComesNext.scenarios[0].resolution.resolvedAt', message: 'must not be in the future' }],
    ]);
  });

  it('refuses an outcome without a date, and a date before the briefing was published', async () => {
    const b = (await (await get('/api/briefings/norland-budget')).json()) as Briefing;
    const r = await put(b, (n) => {
      n.whatComesNext!.scenarios[0].resolution!.outcome = 'occurred';
      n.whatComesNext!.scenarios[1].resolution!.outcome = 'did_not_occur';
      n.whatComesNext!.scenarios[1].resolution!.resolvedAt = '2020-01-01T00:00:00Z';
    });
    expect([r.status, r.body.errors?.map((e) => e.path)]).toEqual([
      422,
      ['whatComesNext.scenarios[0].resolution.resolvedAt', 'whatComesNext.scenarios[1].resolution.resolvedAt'],
    ]);
  });

  it('refuses two "occurred" in an exclusive set', async () => {
    const b = (await (await get('/api/briefings/norland-budget')).json()) as Briefing;
    const r = await put(b, (n) => {
      for (const s of n.whatComesNext!.scenarios)
        Object.assign(s.resolution!, { outcome: 'occurred', resolvedAt: b.publishedAt });
    });
    expect([r.status, r.body.errors]).toEqual([
      422,
      [
        {
          path: 'whatComesNext.scenarios',
          message: 'at most one scenario of an exclusive set can have occurred (2 have)',
        },
      ],
    ]);
  });

  it('refuses an exhaustive set resolved with none occurred', async () => {
    const b = await publish({ ...norlandBudget(now), id: 'norland-budget-2' });
    const r = await put(b, (n) => {
      n.whatComesNext!.scenarioSet = 'exclusive_exhaustive';
      n.whatComesNext!.scenarios[0].likelihood = assessed('likely');
      n.whatComesNext!.scenarios[1].likelihood = assessed('unlikely');
      for (const s of n.whatComesNext!.scenarios)
        Object.assign(s.resolution!, { outcome: 'annulled', resolvedAt: b.publishedAt });
    });
    expect([r.status, r.body.errors?.[0].path]).toEqual([422, 'whatComesNext.scenarios']);
  });

  it('accepts a resolution, then answers a change to the resolved scenario with 409 and its paths', async () => {
    const b = await publish(varnenTalks(now));
    const ok = await put(b, (n) => {
      Object.assign(n.whatComesNext!.scenarios[2].resolution!, {
        outcome: 'annulled',
        resolvedAt: b.publishedAt,
        note: 'The commission was dissolved.',
      });
    });
    expect(ok.status).toBe(200);
    const r = await put(ok.body, (n) => {
      n.whatComesNext!.scenarios[2].likelihood = assessed('very_likely');
      n.whatComesNext!.scenarios[2].resolution!.outcome = 'occurred';
    });
    expect([r.status, r.body.errors]).toEqual([
      409,
      [
        {
          path: 'whatComesNext.scenarios[2].likelihood',
          message: 'cannot change: the scenario "mediator" is resolved',
        },
        {
          path: 'whatComesNext.scenarios[2].resolution',
          message: 'cannot change: the scenario "mediator" is resolved',
        },
      ],
    ]);
    // The other scenarios still move.
    const moved = await put(ok.body, (n) => {
      n.whatComesNext!.scenarios[0].likelihood = assessed('likely');
    });
    expect(moved.status).toBe(200);
  });
});

describe('the outlook’s dates and required fields', () => {
  it('refuses a nextReviewDue before lastReviewedAt in the same answer as "is required" of a missing text field', async () => {
    const input: Omit<BriefingInput, 'headline'> & { headline?: string } = varnenTalks(now);
    input.id = 'varnen-dates';
    input.whatComesNext!.nextReviewDue = '2020-01-01T00:00:00Z';
    delete input.headline;
    const res = await send('POST', '/api/briefings', { body: input, ip });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: unknown[] }).errors).toEqual([
      { path: 'headline', message: 'is required' },
      { path: 'whatComesNext.nextReviewDue', message: 'must not be before lastReviewedAt' },
    ]);
    input.headline = 'Dates';
    const again = await send('POST', '/api/briefings', { body: input, ip });
    expect(((await again.json()) as { errors: unknown[] }).errors).toEqual([
      { path: 'whatComesNext.nextReviewDue', message: 'must not be before lastReviewedAt' },
    ]);
  });
});

describe('how the outlook changed', () => {
  it('names the scenario by its title, with both terms and the new range, and a question change', async () => {
    const b = (await (await get('/api/briefings/lake-varnen-water-talks')).json()) as Briefing;
    const r = await put(b, (n) => {
      n.whatComesNext!.scenarios[1].likelihood = assessed('very_unlikely');
      n.whatComesNext!.question = 'Will the lake’s two shores agree before the rains?';
    });
    expect(r.status).toBe(200);
    const page = await (await get('/briefings/lake-varnen-water-talks')).text();
    const today = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    })
      .format(new Date())
      // A date never breaks at a line's end.
      .replace(/ /g, '\u00a0');
    expect(page).toContain(`“The talks collapse” moved from Unlikely (20–45%) to Very unlikely (5–20%) on ${today}.`);
    expect(page).toContain(`The question became “Will the lake’s two shores agree before the rains?” on ${today}.`);
    expect(page).toMatch(
      /<figcaption class="meta">“The talks collapse”: Unlikely \(20–45%\) from [^<]+, Very unlikely \(5–20%\) from [^<]+\.<\/figcaption>/,
    );
    // At a glance, the move has its arrow.
    expect(page).toContain(
      `The talks collapse: <strong>Very unlikely (5–20%)</strong><span class="why"> <span aria-hidden="true">▼</span> down from Unlikely (20–45%) on ${today.replace(/ /g, '\u00a0')}</span>`,
    );
    const fr = (await (await get('/briefings/lake-varnen-water-talks?lang=fr')).text())
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/\u2060/g, '');
    expect(fr).toContain('« The talks collapse » est passé de improbable (20–45 %) à très improbable (5–20 %)');
  });

  it('leaves a retracted briefing’s page (only its headline, notice and resolutions stay), stays in the revisions API', async () => {
    const b = (await (await get('/api/briefings/lake-varnen-water-talks')).json()) as Briefing;
    const res = await send('DELETE', '/api/briefings/lake-varnen-water-talks', { ifMatch: `"r${b.revision}"`, ip });
    expect(res.status).toBe(200);
    const page = await (await get('/briefings/lake-varnen-water-talks')).text();
    expect(page).not.toContain('How the outlook changed');
    const history = await (await get('/api/briefings/lake-varnen-water-talks/revisions')).text();
    expect(history).toContain('"kind":"likelihood"');
    const home = await (await get('/')).text();
    const card =
      /<li class="card">(?:(?!<\/li>).)*Water talks over Lake Varnen(?:(?!<\/li>).)*<\/li>/s.exec(home)?.[0] ?? '';
    expect(card.replace(/<[^>]+>/g, '')).toMatch(
      /^Water talks over Lake Varnen stall as drought tightens its gripRetracted on \d+\s\w+\s\d{4}\.$/,
    );
  });
});

describe('the dates an outlook states (POST)', () => {
  it('refuses an assessment, a review or an observation in the future, and a 30 February, naming each field', async () => {
    const b = varnenTalks(now);
    b.id = 'lake-varnen-future-dates';
    const next = b.whatComesNext!;
    next.asOf = next.lastReviewedAt = '2999-01-01T00:00:00Z';
    Object.assign(next.signposts[0], { status: 'observed', observedAt: '2999-01-02T00:00:00Z' });
    const future = await send('POST', '/api/briefings', { body: b, ip });
    expect([future.status, ((await future.json()) as { errors: unknown }).errors]).toEqual([
      422,
      [
        { path: 'whatComesNext.asOf', message: 'must not be in the future' },
        { path: 'whatComesNext.lastReviewedAt', message: 'must not be in the future' },
        { path: 'whatComesNext.signposts[0].observedAt', message: 'must not be in the future' },
      ],
    ]);
    next.asOf = next.lastReviewedAt = '2024-02-30T09:00:00Z';
    Object.assign(next.signposts[0], { status: 'observed', observedAt: undefined });
    const impossible = await send('POST', '/api/briefings', { body: b, ip });
    expect([
      impossible.status,
      ((await impossible.json()) as { errors: { path: string }[] }).errors.map((e) => e.path),
    ]).toEqual([422, ['whatComesNext.asOf', 'whatComesNext.lastReviewedAt', 'whatComesNext.signposts[0].observedAt']]);
    expect((await get('/api/briefings/lake-varnen-future-dates')).status).toBe(404);
  });

  it('refuses the same future dates in a draft, as its check, its publish and a schedule before them say', async () => {
    const b = varnenTalks(now);
    b.id = 'lake-varnen-future-draft';
    const inAnHour = new Date(Date.now() + 3600_000).toISOString();
    b.whatComesNext!.lastReviewedAt = inAnHour;
    const created = await send('POST', '/api/drafts', { body: { briefing: b }, ip });
    const { id } = (await created.json()) as { id: string };
    const report = (await (await send('GET', `/api/drafts/${id}/check`, { ip })).json()) as { errors: unknown };
    expect(report.errors).toEqual([{ path: 'whatComesNext.lastReviewedAt', message: 'must not be in the future' }]);
    const refused = await send('POST', `/api/drafts/${id}/publish`, { ip });
    expect(refused.status).toBe(422);
    const early = await send('POST', `/api/drafts/${id}/publish`, {
      body: { at: new Date(Date.now() + 1800_000).toISOString() },
      ip,
    });
    expect(early.status).toBe(422);
    expect((await get('/api/briefings/lake-varnen-future-draft')).status).toBe(404);
    // Scheduled for that hour or later, the review is a past fact when it goes live.
    const onTime = await send('POST', `/api/drafts/${id}/publish`, { body: { at: inAnHour }, ip });
    expect(onTime.status).toBe(202);
  });
});
