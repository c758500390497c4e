// `npm run pull -- ID [--out FILE] [--to URL] [--force]`: writes the live briefing into a draft
// (.md, or .json when FILE ends so) with its `revision`, so an editor's next publish replaces exactly
// what they have seen. Never overwrites a file unasked. Reading needs no token. The server is found as
// every command finds it (`--to`, or `--from`, which reads better here; else the local one on PORT).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Briefing, BriefingInput } from '../model/types';
import { SERVER_KEPT } from '../model/schema';
import { renderDraft } from './lib/draft-write';
import { fetchLive } from './lib/send';
import { serverUrl } from './lib/server';

const args = process.argv.slice(2);
const from = serverUrl(args, args.includes('--from') ? '--from' : '--to');
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const id = args.find((a, i) => !a.startsWith('--') && !['--out', '--from', '--to'].includes(args[i - 1]));

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!id) fail('Usage: npm run pull -- ID [--out DRAFT.md|BRIEFING.json] [--to URL] [--force]');
const out = option('--out') ?? `drafts/${id}.md`;
if (existsSync(out) && !args.includes('--force'))
  fail(`${out} exists; pass --force to replace it with the live copy, or --out another path.`);

const live = await fetchLive(from, id).catch((e: Error) => fail(`Cannot reach ${from} (${e.message}).`));
if (!live) fail(`There is no briefing "${id}" at ${from}.`);
if (live.status === 'retracted') fail(`${id} is retracted; a retraction is final, so there is nothing to edit.`);

/** What the editor edits: the briefing without the server's fields, but with the revision it is. */
function editable(b: Briefing): BriefingInput & { revision: number } {
  const copy: Record<string, unknown> = { ...b };
  for (const key of SERVER_KEPT) delete copy[key];
  return { revision: b.revision, ...(copy as BriefingInput) };
}

const draft = out.endsWith('.json')
  ? `${JSON.stringify(editable(live), null, 2)}\n`
  : renderDraft(
      editable(live),
      `Revision ${live.revision} of ${from}/briefings/${id}. Edit, then: npm run publish -- ${out}${from === serverUrl([]) ? '' : ` --to ${from}`}`,
    );
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, draft);
console.log(`Wrote revision ${live.revision} of ${id} to ${out}`);
