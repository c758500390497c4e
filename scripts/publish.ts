// `npm run publish -- FILE [--to URL] [--story SLUG]`: checks a draft (.md) or a briefing (.json) with the
// shared validator, printing each problem with its path and line, then publishes it through a server draft
// (the local server on PORT by default) with the personal token EDITOR_TOKEN from the environment or
// .dev.vars, saying which editor it acts as. Nothing is overwritten unseen: a file without `revision`
// only creates; a file with one is merged with whatever went live since that revision, and what clashes
// is shown, never overwritten. --story files it under the situation it follows (the file's own `story:`
// otherwise).
import { writeFileSync } from 'node:fs';
import type { BriefingInput } from '../model/types';
import { diffBriefings } from '../model/diff';
import { validateBriefingInput } from '../model/validate';
import { DraftError, loadDraft, loadJson, type Loaded } from './lib/draft-read';
import { renderDraft } from './lib/draft-write';
import { fetchLive, sendBriefing } from './lib/send';
import { cannotReach, DEFAULT_SERVER, serverUrl } from './lib/server';
import { readText, session } from './lib/session';

const args = process.argv.slice(2);
const to = serverUrl(args);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const story = option('--story');
const file = args.find((a, i) => !a.startsWith('--') && !['--to', '--story'].includes(args[i - 1]));

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!file) fail('Usage: npm run publish -- DRAFT.md|BRIEFING.json [--to URL] [--story SLUG]');
const text = readText(file);
const isJson = file.endsWith('.json');
let loaded: Loaded;
try {
  loaded = isJson ? loadJson(text) : loadDraft(text);
} catch (e) {
  if (e instanceof DraftError) fail(`${file}:${e.place}: ${e.message.replace(/^line \d+: /, '')}\n✗ Nothing was sent.`);
  throw e;
}

if (story !== undefined && loaded.value && typeof loaded.value === 'object')
  (loaded.value as { story?: string }).story = story;
const checked = validateBriefingInput(loaded.value);
if (!checked.ok) {
  // Every problem of the file, the shape's and the rules across fields together, top to bottom.
  const inOrder = [...checked.problems].sort((a, b) => loaded.lineOf(a.path) - loaded.lineOf(b.path));
  for (const p of inOrder) console.error(`${file}:${loaded.placeOf(p.path)}: ${p.path}: ${p.message}`);
  fail(`✗ ${checked.problems.length} problem${checked.problems.length === 1 ? '' : 's'}; nothing was sent.`);
}
const input = checked.value;

const own = (loaded.value as { revision?: unknown }).revision;
const basedOn = typeof own === 'number' ? own : undefined;

const { token } = await session(args);

const unreachable = (e: Error) => fail(cannotReach(to, e));
// Names the server unless it is the one a bare `npm run pull` reaches in any shell (no PORT set there).
const pullAdvice = (id: string) =>
  `Fetch the live copy into a draft with \`npm run pull -- ${id}${to === DEFAULT_SERVER ? '' : ` --to ${to}`}\`, make your change there and publish that.`;

const live = await fetchLive(to, input.id).catch(unreachable);
if (live && basedOn === undefined) {
  fail(
    `✗ ${input.id} is already published (revision ${live.revision}) and this file names no revision, so it would overwrite a briefing you have not seen. Nothing was sent.\n  ${pullAdvice(input.id)}`,
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
  if (sent.conflicts && sent.merged && sent.live) showConflicts(sent.conflicts, sent.merged, sent.live.revision);
  if (sent.status === 409 && !live) fail(`✗ ${sent.detail} Nothing was overwritten.\n  ${pullAdvice(input.id)}`);
  fail(`✗ ${sent.status}: ${sent.detail}`);
}

const b = sent.briefing;
const mergedWith = live && basedOn !== undefined && basedOn < live.revision ? live.revision : undefined;
console.log(
  `✓ ${sent.created ? 'Published' : 'Revised'} ${b.id}, revision ${b.revision}${mergedWith ? ` (your changes to revision ${basedOn}, merged with revision ${mergedWith})` : ''}: ${to}/briefings/${b.id}`,
);
recordRevision(b.revision);

/**
 * A merge that clashes: each value both sides changed, and a copy of the merge beside the file (every
 * other change of both, the live value where they clash) for the editor to settle and publish.
 */
function showConflicts(
  conflicts: { path: string; theirs: unknown; yours: unknown }[],
  merged: object,
  revision: number,
): never {
  const show = (v: unknown) => (v === null ? '(removed)' : JSON.stringify(v));
  console.error(
    `✗ Revision ${revision} went live since yours (r${basedOn}), and these changes clash; nothing was published:`,
  );
  for (const c of conflicts) {
    console.error(`  ${c.path}\n    live (r${revision}): ${show(c.theirs)}\n    yours:     ${show(c.yours)}`);
  }
  const copy = file!.replace(/(\.[^./]+)?$/, (ext) => `.merged${ext || '.md'}`);
  const rebased = { revision, ...(merged as BriefingInput) };
  writeFileSync(
    copy,
    isJson
      ? `${JSON.stringify(rebased, null, 2)}\n`
      : renderDraft(
          rebased,
          `Your changes merged with revision ${revision}; where they clashed it holds the live value.`,
        ),
  );
  fail(
    `  ${copy} holds both sides' other changes merged, and the live value at each path above: set the value you choose there, then \`npm run publish -- ${copy}\`.`,
  );
}

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
