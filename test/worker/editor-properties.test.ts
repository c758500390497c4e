import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPath } from '../../model/json-path';
import { freshIp, get, send } from './editor-client';
import { sampleInput } from './seed';

type Json = Record<string, unknown> | unknown[];
type Path = (string | number)[];

/** Every path in a JSON value, each with whether it holds a string. */
function paths(value: unknown, at: Path = []): { path: Path; isString: boolean }[] {
  const here = at.length ? [{ path: at, isString: typeof value === 'string' }] : [];
  if (value === null || typeof value !== 'object') return here;
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [...here, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...at, k]))];
}

/** Objects and arrays alike, indexed by key or position. */
type Container = Record<string | number, unknown>;
const at = (root: unknown, p: Path) =>
  p.reduce<unknown>((o, k) => (o as Container | undefined)?.[k], root) as Container | undefined;
const parentOf = (root: Json, p: Path) => at(root, p.slice(0, -1));

// Strings that are codes rather than prose: markup there fails another rule first, so they are not "text fields".
const CODES = new Set([
  'id',
  'schemaVersion',
  'kind',
  'language',
  'role',
  'status',
  'term',
  'scenarioSet',
  'horizon',
  'direction',
  'scenarioId',
  'url',
  'asOf',
  'lastReviewedAt',
  'nextReviewDue',
  'until',
  'observedAt',
  'countries',
  'regions',
]);
const sample = sampleInput();
const all = paths(sample);
const textPaths = all
  .filter(({ path, isString }) => isString && !path.some((k) => CODES.has(String(k))))
  .map((x) => x.path);

/** Sets, deletes or adds one thing somewhere in a briefing, as a confused or hostile client might. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom(...all.map((x) => x.path)) }),
  fc.record({
    op: fc.constant('set' as const),
    path: fc.constantFrom(...all.map((x) => x.path)),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
  fc.record({
    op: fc.constant('add' as const),
    path: fc.constantFrom([] as Path, ...all.map((x) => x.path)),
    key: fc.oneof(fc.constant('__proto__'), fc.string({ maxLength: 8 })),
    value: fc.jsonValue({ maxDepth: 1 }),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mangle(base: Json, mutations: Mutation[]): Json {
  const b = structuredClone(base);
  for (const m of mutations) {
    if (m.op === 'add') {
      const target = at(b, m.path);
      // defineProperty, so "__proto__" becomes a real key in the JSON rather than a prototype.
      if (target && typeof target === 'object')
        Object.defineProperty(target, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
      continue;
    }
    const parent = parentOf(b, m.path);
    const key = m.path.at(-1)!;
    if (!parent || typeof parent !== 'object') continue;
    if (m.op === 'delete') {
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else delete parent[key];
    } else parent[key] = m.value;
  }
  return b;
}

async function expectProblemDocument(res: Response) {
  expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  const body = (await res.json()) as {
    status: number;
    title: string;
    detail: string;
    errors?: { path: string; message: string }[];
  };
  expect(body.status).toBe(res.status);
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  if (res.status === 422) {
    expect(body.errors?.length).toBeGreaterThan(0);
    for (const e of body.errors!) expect(e).toEqual({ path: expect.any(String), message: expect.any(String) });
  }
  return body;
}

let run = 0;

describe('mangled input', () => {
  it('never yields a 5xx; anything refused is a problem document', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const body = mangle(sampleInput({ id: `mangled-${++run}` }) as unknown as Json, mutations);
        const res = await send('POST', '/api/briefings', { body, ip: freshIp() });
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) await expectProblemDocument(res);
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('answers any body that is not JSON with a 400 problem document', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 200 }).filter((s) => {
          try {
            JSON.parse(s);
            return false;
          } catch {
            return true;
          }
        }),
        async (raw) => {
          const res = await send('POST', '/api/briefings', { raw, ip: freshIp() });
          expect(res.status).toBe(400);
          await expectProblemDocument(res);
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);
});

describe('markup in text', () => {
  const markup = fc.constantFrom(
    '<script>alert(1)</script>',
    '<b>bold</b>',
    '<img src=x onerror=alert(1)>',
    '&amp;',
    '&#60;',
    '&lt;i&gt;',
    '</p>',
    '<!-- note -->',
  );

  it('is refused with 422 in every text field, never stored and never rendered', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...textPaths), markup, fc.boolean(), async (path, tag, atEnd) => {
        const id = `markup-${++run}`;
        const b = sampleInput({ id }) as unknown as Json;
        const parent = parentOf(b, path)!;
        const key = path.at(-1)!;
        parent[key] = atEnd ? `${parent[key]} ${tag}` : `${tag} ${parent[key]}`;
        const res = await send('POST', '/api/briefings', { body: b, ip: freshIp() });
        expect(res.status).toBe(422);
        const problem = await expectProblemDocument(res);
        expect(problem.errors!.map((e) => e.path)).toContain(jsonPath(path));
        expect((await get(`/api/briefings/${id}`)).status).toBe(404);
      }),
      { numRuns: 80 },
    );
    // Rendered nowhere: no refused briefing reached the feed or the home page.
    for (const page of ['/feed.json', '/']) expect(await (await get(page)).text()).not.toContain('markup-');
  }, 30_000);
});
