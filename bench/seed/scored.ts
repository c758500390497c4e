// `tsx bench/seed/scored.ts --persist-to DIR --briefings N --resolved R`: N briefings of three scenarios
// and four revisions each (created, moved twice, then resolved or retitled), the first R scenarios
// resolved; written with the store's own statements, scores included, many to a D1 batch.
import { getPlatformProxy } from 'wrangler';
import { diffBriefings } from '../../model/diff';
import type { Briefing, RevisionEntry } from '../../model/types';
import { writeStatements } from '../../worker/store/briefings';
import { scoreStatements } from '../../worker/store/scores';
import { assessed, varnenTalks } from '../../test/fixtures/outlooks';

const arg = (name: string) => Number(process.argv[process.argv.indexOf(name) + 1]);
const persistTo = process.argv[process.argv.indexOf('--persist-to') + 1];
const [count, resolved] = [arg('--briefings'), arg('--resolved')];
const DESKS = ['Varnen Desk', 'Norland Desk', 'Oskeria Desk', 'Tamvaal Desk'];
const TERMS = ['very_unlikely', 'unlikely', 'roughly_even_chance', 'likely', 'very_likely'] as const;
const base = Date.now() - 400 * 86_400_000;

function history(i: number): { statements: (db: D1Database) => D1PreparedStatement[] } {
  const at = (d: number) => new Date(base + i * 3_600_000 + d * 86_400_000).toISOString();
  const first: Briefing = {
    ...varnenTalks(at(0)),
    id: `scored-${String(i).padStart(5, '0')}`,
    authors: [{ name: DESKS[i % DESKS.length] }],
    revision: 1,
    publishedAt: at(0),
    modifiedAt: at(0),
    status: 'published',
  };
  const docs: Briefing[] = [first];
  for (let r = 2; r <= 4; r++) {
    const next = structuredClone(docs.at(-1)!);
    next.revision = r;
    next.modifiedAt = at(r * 3);
    next.whatComesNext!.scenarios.forEach((s, k) => {
      if (r < 4) s.likelihood = assessed(TERMS[(i + k + r) % TERMS.length]);
      else if (i * 3 + k < resolved)
        s.resolution = { ...s.resolution!, outcome: (i + k) % 3 ? 'did_not_occur' : 'occurred', resolvedAt: at(12) };
    });
    if (r === 4 && i * 3 >= resolved) next.headline = `${next.headline} (${i})`;
    docs.push(next);
  }
  const entries: RevisionEntry[] = docs.map((d, k) => ({
    revision: d.revision,
    at: d.modifiedAt,
    changes: k === 0 ? [{ kind: 'created' }] : diffBriefings(docs[k - 1], d),
  }));
  return {
    statements: (db) => [
      ...docs.flatMap((d, k) => writeStatements(db, d, entries[k].changes)),
      ...scoreStatements(db, docs.at(-1)!, entries),
    ],
  };
}

const proxy = await getPlatformProxy<Env>({ configPath: 'wrangler.toml', persist: { path: `${persistTo}/v3` } });
try {
  const db = proxy.env.DB;
  for (let start = 0; start < count; start += 20) {
    const batch = Array.from({ length: Math.min(20, count - start) }, (_, k) => history(start + k).statements(db));
    await db.batch(batch.flat());
  }
} finally {
  await proxy.dispose();
}
