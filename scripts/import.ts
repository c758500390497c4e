// `npm run import -- FILE [--json] [--out PATH] [--story SLUG] [--force]`: turns a plain-text article into a draft
// briefing for an editor to complete (docs/editors.md). Writes FILE's name with .md next to it, or PATH;
// --json prints the draft briefing as JSON instead; --story names the situation it follows. The outlook is left for the editor, never invented.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parseArticle, ArticleError } from './lib/article';
import { loadDraft } from './lib/draft-read';
import { articleToBriefing, renderDraft } from './lib/draft-write';
import { validateBriefingInput } from '../model/validate';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--out' && args[i - 1] !== '--story');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!file) fail('Usage: npm run import -- ARTICLE.txt [--json] [--out DRAFT.md] [--story SLUG] [--force]');
if (!existsSync(file)) fail(`${file}: no such file`);

let briefing;
try {
  briefing = articleToBriefing(parseArticle(readFileSync(file, 'utf8')));
  const story = option('--story');
  if (story) briefing.story = story;
} catch (e) {
  if (e instanceof ArticleError) fail(`${file}:${e.line}: ${e.message.replace(/^line \d+: /, '')}`);
  throw e;
}

if (flag('--json')) {
  process.stdout.write(`${JSON.stringify(briefing, null, 2)}\n`);
} else {
  const out = option('--out') ?? join(dirname(file), `${basename(file, extname(file))}.md`);
  // A draft may hold an editor's work: never overwrite it unasked.
  if (existsSync(out) && !flag('--force')) fail(`${out} exists; pass --force to replace it, or --out another path.`);
  const draft = renderDraft(briefing, `Imported from ${basename(file)}. Complete it, then: npm run publish -- ${out}`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, draft);
  console.log(`Wrote the draft briefing to ${out}`);
  // What the editor still has to do, in the validator's own words, each with its line in the draft.
  const loaded = loadDraft(draft);
  const checked = validateBriefingInput(loaded.value);
  const todo = checked.ok ? [] : checked.problems;
  // The validator checks the outlook only once the shape is right; the editor should hear of it now.
  if (!todo.some((p) => p.path.startsWith('whatComesNext')))
    todo.push({ path: 'whatComesNext', message: 'the outlook is yours to write: complete the template' });
  console.log('To complete before publishing:');
  for (const p of todo) console.log(`  ${out}:${loaded.lineOf(p.path)}: ${p.path}: ${p.message}`);
}
