import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../model/types';
import { freshIp, get, send } from './editor-client';
import { sampleInput } from './seed';

// A model-based test: random sequences of create, revise and retract, each checked against a
// reference model simple enough to be obviously right: per id, a revision, a status and a headline.

type Entry = { revision: number; status: 'published' | 'retracted'; headline: string };
type Model = Map<string, Entry>;
interface Real {
  ip: string;
  ids: string[];
}

const HEADLINES = ['Talks resume', 'Talks stall', 'Talks collapse'];

/** After every command, the API must say exactly what the model says. */
async function agrees(model: Model, id: string) {
  const res = await get(`/api/briefings/${id}`);
  const entry = model.get(id);
  if (!entry) return expect(res.status).toBe(404);
  expect(res.headers.get('ETag')).toBe(`"r${entry.revision}"`);
  const b = (await res.json()) as Briefing;
  expect({ revision: b.revision, status: b.status, headline: b.headline }).toEqual(entry);
}

class Create implements fc.AsyncCommand<Model, Real> {
  constructor(readonly slot: number) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const id = real.ids[this.slot];
    const res = await send('POST', '/api/briefings', {
      body: sampleInput({ id, headline: HEADLINES[0] }),
      ip: real.ip,
    });
    if (model.has(id)) expect(res.status).toBe(409);
    else {
      expect([res.status, res.headers.get('ETag')]).toEqual([201, '"r1"']);
      model.set(id, { revision: 1, status: 'published', headline: HEADLINES[0] });
    }
    await agrees(model, id);
  }
  toString = () => `create(${this.slot})`;
}

/** The outcome both a revision and a retraction share when they cannot apply; null when they can. */
function refusal(entry: Entry | undefined, stale: boolean): number | null {
  if (!entry) return 404;
  if (entry.status === 'retracted') return 409;
  return stale ? 412 : null;
}

const ifMatch = (entry: Entry | undefined, stale: boolean) => `"r${(entry?.revision ?? 1) + (stale ? 1 : 0)}"`;

class Revise implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly slot: number,
    readonly headline: string,
    readonly stale: boolean,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const id = real.ids[this.slot];
    const entry = model.get(id);
    const res = await send('PUT', `/api/briefings/${id}`, {
      body: sampleInput({ id, headline: this.headline }),
      ifMatch: ifMatch(entry, this.stale),
      ip: real.ip,
    });
    const refused = refusal(entry, this.stale);
    if (refused) expect(res.status).toBe(refused);
    else {
      // An unchanged briefing makes no new revision.
      if (entry!.headline !== this.headline)
        model.set(id, { ...entry!, revision: entry!.revision + 1, headline: this.headline });
      expect([res.status, res.headers.get('ETag')]).toEqual([200, `"r${model.get(id)!.revision}"`]);
    }
    if (refused === 412) expect(res.headers.get('ETag')).toBe(`"r${entry!.revision}"`);
    await agrees(model, id);
  }
  toString = () => `revise(${this.slot}, ${this.headline}${this.stale ? ', stale' : ''})`;
}

class Retract implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly slot: number,
    readonly stale: boolean,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const id = real.ids[this.slot];
    const entry = model.get(id);
    const res = await send('DELETE', `/api/briefings/${id}`, {
      body: { reason: 'Model says so.' },
      ifMatch: ifMatch(entry, this.stale),
      ip: real.ip,
    });
    const refused = refusal(entry, this.stale);
    if (refused) expect(res.status).toBe(refused);
    else {
      model.set(id, { ...entry!, revision: entry!.revision + 1, status: 'retracted' });
      expect([res.status, res.headers.get('ETag')]).toEqual([200, `"r${entry!.revision + 1}"`]);
    }
    await agrees(model, id);
  }
  toString = () => `retract(${this.slot}${this.stale ? ', stale' : ''})`;
}

let run = 0;

describe('editor API against a reference model', () => {
  it('agrees with the model after every create, revise and retract', async () => {
    const slot = fc.integer({ min: 0, max: 2 });
    const commands = [
      slot.map((s) => new Create(s)),
      fc.tuple(slot, fc.constantFrom(...HEADLINES), fc.boolean()).map(([s, h, stale]) => new Revise(s, h, stale)),
      fc.tuple(slot, fc.boolean()).map(([s, stale]) => new Retract(s, stale)),
    ];
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 20 }), async (cmds) => {
        run++;
        const real: Real = { ip: freshIp(), ids: [0, 1, 2].map((i) => `model-${run}-${i}`) };
        await fc.asyncModelRun(() => ({ model: new Map(), real }), cmds);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
