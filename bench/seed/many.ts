// `tsx bench/seed/many.ts --persist-to DIR --count N`: adds N briefings to a wrangler dev state, fast.
// Copies of the sample briefing (already seeded) with their own ids and older dates, made by SQL inside
// local D1 (one `wrangler d1 execute --file`, a thousand rows a statement): rows shaped as the API
// writes them, the search index filled by the same words as every write's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quietEnv } from '../../test/harness/wrangler-env';
import { WORDS } from '../../worker/store/search-index';

const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1];
const persistTo = arg('--persist-to');
const count = Number(arg('--count'));
const PER_STATEMENT = 1000;
const SAMPLE = 'niger-bazoum-coalition';

// Dated a day apart going back from a year ago, so the sample (seeded now) stays the newest.
const base = Date.now() - 365 * 86_400_000;
const at = `strftime('%Y-%m-%dT%H:%M:%fZ', ${base / 1000}, 'unixepoch', '-' || n.i || ' days')`;
const id = `printf('bench-%05d', n.i)`;
const copy = (json: string) =>
  `json_set(${json}, '$.id', ${id}, '$.headline', json_extract(${json}, '$.headline') || ' (' || n.i || ')', '$.publishedAt', ${at}, '$.modifiedAt', ${at})`;

const statements: string[] = [];
for (let start = 0; start < count; start += PER_STATEMENT) {
  const end = Math.min(count, start + PER_STATEMENT) - 1;
  const range = `WITH RECURSIVE n(i) AS (SELECT ${start} UNION ALL SELECT i + 1 FROM n WHERE i < ${end})`;
  statements.push(
    `${range} INSERT INTO briefings (id, revision, status, published_at, modified_at, doc, card)
     SELECT ${id}, 1, 'published', ${at}, ${at}, ${copy('s.doc')}, ${copy('s.card')}
     FROM n, (SELECT doc, card FROM briefings WHERE id = '${SAMPLE}') AS s;`,
    `INSERT INTO revisions (briefing_id, revision, at, changes, doc)
     SELECT id, 1, modified_at, '[{"kind":"created"}]', doc FROM briefings
     WHERE id BETWEEN printf('bench-%05d', ${start}) AND printf('bench-%05d', ${end});`,
    `INSERT INTO briefings_fts (id, headline, standfirst, body)
     SELECT id, json_extract(doc, '$.headline'), json_extract(doc, '$.standfirst'), ${WORDS}
     FROM briefings WHERE id BETWEEN printf('bench-%05d', ${start}) AND printf('bench-%05d', ${end});`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'seed-'));
try {
  const file = join(dir, 'seed.sql');
  writeFileSync(file, statements.join('\n'));
  const r = spawnSync(
    'npx',
    ['wrangler', 'd1', 'execute', 'DB', '--local', '--persist-to', persistTo, '--file', file, '--yes'],
    { env: quietEnv(), encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`seeding failed: ${r.stdout}\n${r.stderr}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
