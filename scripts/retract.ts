// `npm run retract -- ID --reason TEXT [--to URL]`: retracts a briefing (admins only). A retraction is
// final: its page, feeds, search and the API keep only the headline, the dated notice and the
// outlook's resolutions. It is sent against the revision fetched, so a newer one is never retracted unseen.
import type { Briefing } from '../model/types';
import { fail, session } from './lib/session';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const [id] = args.filter((a, i) => !a.startsWith('--') && !['--to', '--reason'].includes(args[i - 1]));
const reason = option('--reason');
if (!id || !reason?.trim()) fail('Usage: npm run retract -- ID --reason "Why it is retracted" [--to URL]');

const { to, token } = await session(args);
const url = `${to}/api/briefings/${encodeURIComponent(id)}`;
const current = await fetch(url);
if (current.status === 404) fail(`✗ There is no briefing "${id}" at ${to}.`);
const b = (await current.json()) as Briefing;
const res = await fetch(url, {
  method: 'DELETE',
  headers: {
    Authorization: `Bearer ${token}`,
    'Content-Type': 'application/json',
    'If-Match': current.headers.get('ETag') ?? '',
  },
  body: JSON.stringify({ reason }),
});
if (!res.ok) {
  const p = (await res.json().catch(() => ({}))) as { detail?: string };
  fail(`✗ ${res.status}: ${p.detail ?? res.statusText} Nothing was retracted.`);
}
console.log(`✓ Retracted ${b.id} (“${b.headline}”): ${to}/briefings/${b.id}`);
