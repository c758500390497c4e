// `npm run resolve -- ID SCENARIO OUTCOME [--at DATE] [--note TEXT] [--to URL]`: resolves one scenario
// against its criteria. It fetches the briefing, sets the outcome, and sends it back with the ETag it
// fetched as If-Match, so a revision published in between is never overwritten (412).
import { resolveScenario } from './lib/resolve-scenario';
import { fail, session } from './lib/session';
import type { Briefing, FieldProblem } from '../model/types';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const positional = args.filter((a, i) => !a.startsWith('--') && !['--at', '--note', '--to'].includes(args[i - 1]));

const [id, scenarioId, outcome] = positional;
if (!id || !scenarioId || !outcome)
  fail('Usage: npm run resolve -- ID SCENARIO OUTCOME [--at DATE] [--note TEXT] [--to URL]');
const atArg = option('--at');
const at = atArg ? new Date(atArg) : new Date();
if (Number.isNaN(at.getTime())) fail(`--at: "${atArg}" is not a date (e.g. 2026-03-03 or 2026-03-03T09:00:00Z)`);

const { to, token } = await session(args);

const url = `${to}/api/briefings/${encodeURIComponent(id)}`;
const current = await fetch(url);
if (current.status === 404) fail(`✗ There is no briefing "${id}" at ${to}.`);
if (!current.ok) fail(`✗ ${current.status} fetching ${url}`);
const etag = current.headers.get('ETag') ?? '';
const next = resolveScenario((await current.json()) as Briefing, {
  scenarioId,
  outcome,
  at: at.toISOString(),
  note: option('--note'),
});
if (typeof next === 'string') fail(`✗ ${next}; nothing was sent.`);

const res = await fetch(url, {
  method: 'PUT',
  headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'If-Match': etag },
  body: JSON.stringify(next),
});
if (!res.ok) {
  const p = (await res.json().catch(() => ({}))) as { detail?: string; errors?: FieldProblem[] };
  for (const e of p.errors ?? []) console.error(`${e.path}: ${e.message}`);
  if (res.status === 412)
    fail(`✗ Someone published ${res.headers.get('ETag') ?? 'a newer revision'} since ${etag}: run the command again.`);
  fail(`✗ ${res.status}: ${p.detail ?? res.statusText}`);
}
const b = (await res.json()) as Briefing;
console.log(`✓ Resolved ${scenarioId} of ${b.id} as ${outcome}, revision ${b.revision}: ${to}/briefings/${b.id}`);
