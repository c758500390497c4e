// `npm run publish -- FILE [--to URL] [--story SLUG]`: checks a draft (.md) or a briefing (.json) with the shared
// validator, printing each problem with its path and line, then sends it to the API (the local
// server by default) with the PUBLISH_TOKEN from the environment or .dev.vars. --story files it under
// the situation it follows (the file's own `story:` otherwise).
import { readFileSync, writeFileSync } from 'node:fs';
import { validateBriefingInput } from '../model/validate';
import { readPublishToken } from './lib/dev-vars';
import { DraftError, loadDraft, loadJson, type Loaded } from './lib/draft-read';
import { sendBriefing } from './lib/send';

const args = process.argv.slice(2);
const to = args.includes('--to')
  ? args[args.indexOf('--to') + 1]
  : (process.env.BRIEFING_URL ?? 'http://localhost:8787');
const story = args.includes('--story') ? args[args.indexOf('--story') + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--to' && args[i - 1] !== '--story');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!file) fail('Usage: npm run publish -- DRAFT.md|BRIEFING.json [--to URL] [--story SLUG]');
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch {
  fail(`${file}: cannot read it`);
}
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
  for (const p of checked.problems) console.error(`${file}:${loaded.lineOf(p.path)}: ${p.path}: ${p.message}`);
  fail(`✗ ${checked.problems.length} problem${checked.problems.length === 1 ? '' : 's'}; nothing was sent.`);
}

const token = process.env.PUBLISH_TOKEN ?? readPublishToken();
if (!token) fail('No PUBLISH_TOKEN: run `npm start` once (it writes one to .dev.vars), or set PUBLISH_TOKEN.');

const revision = (loaded.value as { revision?: unknown }).revision;
const basedOn = typeof revision === 'number' ? revision : undefined;
const sent = await sendBriefing(to, token, checked.value, basedOn).catch((e: Error) =>
  fail(`Cannot reach ${to} (${e.message}). Is \`npm start\` running?`),
);

if (!sent.ok) {
  for (const p of sent.errors) console.error(`${file}:${loaded.lineOf(p.path)}: ${p.path}: ${p.message}`);
  if (sent.status === 412) {
    fail(
      `✗ Someone published ${sent.etag ?? 'a newer revision'} since the revision you started from (r${basedOn ?? '?'}). Fetch it (curl ${to}/api/briefings/${checked.value.id}), merge your change, set revision: to the new one, and publish again.`,
    );
  }
  fail(`✗ ${sent.status}: ${sent.detail}`);
}

const b = sent.briefing;
console.log(
  `✓ ${sent.created ? 'Published' : 'Revised'} ${b.id}, revision ${b.revision}: ${to.replace(/\/$/, '')}/briefings/${b.id}`,
);
if (!isJson) {
  // Record the revision this draft now matches, so the next publish of it is refused if someone
  // else's came in between. Only that line changes: the editor's formatting and comments stay.
  const end = text.indexOf('\n---', 3);
  const front = text.slice(0, end);
  const line = `revision: ${b.revision}`;
  const updated = /^revision:.*$/m.test(front) ? front.replace(/^revision:.*$/m, line) : `${front}\n${line}`;
  writeFileSync(file, updated + text.slice(end));
}
