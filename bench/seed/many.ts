// `tsx bench/seed/many.ts --persist-to DIR --count N`: adds N briefings to a wrangler dev state, fast.
// Copies of the sample briefing with their own ids and older dates, written with the store's own
// statements (so rows are shaped exactly as the API writes them), many briefings per D1 batch.
import { readFileSync } from 'node:fs';
import { getPlatformProxy } from 'wrangler';
import type { Briefing } from '../../model/types';
import { validateBriefingInput } from '../../model/validate';
import { writeStatements } from '../../worker/store/briefings';

const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1];
const persistTo = arg('--persist-to');
const count = Number(arg('--count'));
// 50 briefings = 100 statements a batch: few round trips, well under D1's limits.
const PER_BATCH = 50;

const checked = validateBriefingInput(
  JSON.parse(readFileSync('content/briefings/niger-bazoum-coalition.json', 'utf8')),
);
if (!checked.ok) throw new Error('the sample briefing is invalid');
const sample = checked.value;

// Dated a day apart going back from a year ago, so the sample (seeded now) stays the newest.
const base = Date.now() - 365 * 86_400_000;
const copy = (i: number): Briefing => {
  const at = new Date(base - i * 86_400_000).toISOString();
  return {
    ...sample,
    id: `bench-${String(i).padStart(5, '0')}`,
    headline: `${sample.headline} (${i})`,
    revision: 1,
    publishedAt: at,
    modifiedAt: at,
    status: 'published',
  };
};

const proxy = await getPlatformProxy<Env>({ configPath: 'wrangler.toml', persist: { path: `${persistTo}/v3` } });
try {
  const db = proxy.env.DB;
  for (let start = 0; start < count; start += PER_BATCH) {
    const batch = Array.from({ length: Math.min(PER_BATCH, count - start) }, (_, k) =>
      writeStatements(db, copy(start + k), [{ kind: 'created' }]),
    );
    await db.batch(batch.flat());
  }
} finally {
  await proxy.dispose();
}
