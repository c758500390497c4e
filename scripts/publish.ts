// `npm run publish -- FILE [--to URL] [--revision N] [--story SLUG]`: checks a draft (.md) or a briefing
// (.json) with the shared validator, printing each problem with its path and line, then sends it to the
// API (the local server on PORT by default) with the personal token EDITOR_TOKEN from the environment or .dev.vars, saying which editor it acts as.
// Nothing is overwritten unseen: a file without `revision` only creates; a revision is sent as If-Match.
// --story files it under the situation it follows (the file's own `story:` otherwise).
import { writeFileSync } from 'node:fs';
import { diffBriefings } from '../model/diff';
import { validateBriefingInput } from '../model/validate';
import { DraftError, loadDraft, loadJson, type Loaded } from './lib/draft-read';
import { fetchLive, sendBriefing } from './lib/send';
import { serverUrl } from './lib/server';
import { readText, session } from './lib/session';

const args = process.argv.slice(2);
const to = serverUrl(args);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const story = option('--story');
const file = args.find((a, i) => !a.startsWith('--') && !['--to', '--revision', '--story'].includes(args[i - 1]));

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!file) fail('Usage: npm run publish -- DRAFT.md|BRIEFING.json [--to URL] [--revision N] [--story SLUG]');
const text = readText(file);
const isJson = file.endsWith('.json');
let loaded: Loaded;
try {
  loaded = isJson ? loadJson(text) : loadDraft(text);
} catch (e) {
  if (e instanceof DraftError) fail(`${file}:${e.line}: ${e.message.replace(/^line \d+: /, '')}`);
  throw e;
}

if (story !== undefined && loaded.value && typeof loaded.value === 'object')
  (loaded.value as { story?: string }).story = story;
const checked = validateBriefingInput(loaded.value);
if (!checked.ok) {
  for (const p of checked.problems) console.error(`${file}:${loaded.placeOf(p.path)}: ${p.path}: ${p.message}`);
  fail(`✗ ${checked.problems.length} problem${checked.problems.length === 1 ? '' : 's'}; nothing was sent.`);
}
const input = checked.value;

const given = option('--revision');
if (given !== undefined && !/^[1-9]\d*$/.test(given)) fail(`--revision must be a revision number, such as 3`);
const own = (loaded.value as { revision?: unknown }).revision;
const basedOn = given !== undefined ? Number(given) : typeof own === 'number' ? own : undefined;

const { token } = await session(args);

const unreachable = (e: Error) => fail(`Cannot reach ${to} (${e.message}). Is \`npm start\` running?`);
const pullCommand = (id: string) =>
  `npm run pull -- ${id} --out drafts/${id}-live.md${to === serverUrl([]) ? '' : ` --from ${to}`}`;
/**
 * What to redo on the live copy: the fields where this file and the live revision differ. Never an
 * overwrite at an older revision, which would silently revert a colleague's work.
 */
const redo = (live: Parameters<typeof diffBriefings>[0], id: string) => {
  const fields = [
    ...new Set(diffBriefings(live, input).map((c) => ('field' in c ? c.field : `whatComesNext (${c.kind})`))),
  ];
  return `This file differs from the live copy in: ${fields.join(', ') || 'nothing'}.\n  Fetch the live copy with \`${pullCommand(id)}\`, make your changes again there, and publish that.`;
};

const live = await fetchLive(to, input.id).catch(unreachable);
if (live && basedOn === undefined) {
  fail(
    `✗ ${input.id} is already published (revision ${live.revision}) and this file names no revision, so it would overwrite a briefing you have not seen. Nothing was sent.\n  ${redo(live, input.id)}`,
  );
}
if (live && diffBriefings(live, input).length === 0) {
  console.log(`= ${input.id} is unchanged (revision ${live.revision}); nothing was sent.`);
  recordRevision(live.revision);
  process.exit(0);
}

const sent = await sendBriefing(to, token, input, live ? basedOn : undefined).catch(unreachable);
if (!sent.ok) {
  for (const p of sent.errors) console.error(`${file}:${loaded.placeOf(p.path)}: ${p.path}: ${p.message}`);
  if (sent.status === 412) {
    const current = Number(/r(\d+)/.exec(sent.etag ?? '')?.[1] ?? 0);
    const now = await fetchLive(to, input.id).catch(unreachable);
    fail(
      `✗ Someone published revision ${current || '(newer)'} since the revision you started from (r${basedOn}); nothing was sent.\n  ${now ? redo(now, input.id) : ''}`,
    );
  }
  if (sent.status === 409 && !live)
    fail(`✗ ${sent.detail} Nothing was overwritten.\n  Fetch it with \`${pullCommand(input.id)}\`.`);
  fail(`✗ ${sent.status}: ${sent.detail}`);
}

const b = sent.briefing;
console.log(`✓ ${sent.created ? 'Published' : 'Revised'} ${b.id}, revision ${b.revision}: ${to}/briefings/${b.id}`);
recordRevision(b.revision);

/**
 * Records the revision this draft now matches, so the next publish of it is refused if someone else's
 * came in between. Only that line changes: the editor's formatting and comments stay. A .json file is
 * the editor's own and is left as it is.
 */
function recordRevision(revision: number): void {
  if (isJson || own === revision) return;
  const end = text.indexOf('\n---', 3);
  const front = text.slice(0, end);
  const line = `revision: ${revision}`;
  const updated = /^revision:.*$/m.test(front) ? front.replace(/^revision:.*$/m, line) : `${front}\n${line}`;
  writeFileSync(file!, updated + text.slice(end));
}
