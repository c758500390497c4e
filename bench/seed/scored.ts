// `tsx bench/seed/scored.ts --out FILE.sql --from I --briefings N --resolved R`: N briefings of three scenarios
// and four revisions each (created, moved twice, then resolved or retitled), the first R scenarios
// resolved, as SQL for `wrangler d1 execute`: rows shaped as the store writes them, scores included.
import { writeFileSync } from 'node:fs';
import { toCard } from '../../model/card';
import { diffBriefings } from '../../model/diff';
import { likelihoodSeries } from '../../model/outlook-series';
import { scoreScenario } from '../../model/scoring';
import type { Briefing, RevisionEntry } from '../../model/types';
import { assessed, varnenTalks } from '../../test/fixtures/outlooks';

const arg = (name: string) => Number(process.argv[process.argv.indexOf(name) + 1]);
const out = process.argv[process.argv.indexOf('--out') + 1];
const [count, resolved] = [arg('--briefings'), arg('--resolved')];
const DESKS = ['Varnen Desk', 'Norland Desk', 'Oskeria Desk', 'Tamvaal Desk'];
const TERMS = ['very_unlikely', 'unlikely', 'roughly_even_chance', 'likely', 'very_likely'] as const;
const base = Date.now() - 400 * 86_400_000;

const q = (v: string | number | null) =>
  v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`;

/** The SQL that stores briefing `i`: its four revisions, its current state and its scenarios' scores. */
function history(i: number): string {
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
  const last = docs.at(-1)!;
  const rows = entries.map(
    (e, k) =>
      `INSERT INTO revisions (briefing_id, revision, at, changes, doc) VALUES (${q(last.id)}, ${e.revision}, ${q(e.at)}, ${q(JSON.stringify(e.changes))}, ${q(JSON.stringify(docs[k]))});`,
  );
  rows.unshift(
    `INSERT INTO briefings (id, revision, status, published_at, modified_at, doc, card) VALUES (${q(last.id)}, 4, 'published', ${q(last.publishedAt)}, ${q(last.modifiedAt)}, ${q(JSON.stringify(last))}, ${q(JSON.stringify(toCard(last)))});`,
  );
  for (const s of last.whatComesNext!.scenarios) {
    const score = scoreScenario(s, likelihoodSeries(s, entries));
    const scored = score.state === 'scored' ? score : undefined;
    for (const desk of ['', last.authors[0].name])
      rows.push(
        `INSERT INTO scenario_scores VALUES (${q(last.id)}, ${q(s.id)}, ${q(desk)}, ${score.resolved ? 1 : 0}, ${q(score.state)}, ${scored ? scored.brier : 'NULL'}, ${q(scored?.term ?? null)}, ${scored ? (scored.occurred ? 1 : 0) : 'NULL'});`,
      );
  }
  return rows.join('\n');
}

// Files of 250 briefings each: wrangler d1 execute refuses one very large file.
const from = Number(process.argv[process.argv.indexOf('--from') + 1] ?? 0);
writeFileSync(out, Array.from({ length: count }, (_, i) => history(from + i)).join('\n') + '\n');
