// `npm run import -- FILE [--json] [--out PATH] [--story SLUG] [--lang TAG] [--force]`: turns a plain-text article
// (English or French) into a draft briefing for an editor to complete (docs/editors.md). Writes FILE's name with .md
// next to it, or PATH; --json prints the draft briefing as JSON instead; --story names the situation it follows;
// --lang sets the language when the text's own is not the one meant. The outlook is left for the editor, never invented.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parseArticle, ArticleError } from './lib/article';
import { articleLanguage } from './lib/article-language';
import { isLanguageTag } from '../model/codes';
import { loadDraft } from './lib/draft-read';
import { articleToBriefing, renderDraft } from './lib/draft-write';
import { validateBriefingInput } from '../model/validate';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const VALUED = ['--out', '--story', '--lang'];
const file = args.find((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1]));

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!file) fail('Usage: npm run import -- ARTICLE.txt [--json] [--out DRAFT.md] [--story SLUG] [--lang TAG] [--force]');
if (!existsSync(file)) fail(`${file}: no such file`);
const lang = option('--lang');
if (lang !== undefined && !isLanguageTag(lang)) fail(`--lang ${lang}: not a language tag such as en or fr`);

let briefing;
try {
  const text = readFileSync(file, 'utf8');
  briefing = articleToBriefing(parseArticle(text), lang ?? articleLanguage(text));
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
  const note = briefing.language.startsWith('fr')
    ? `Importé de ${basename(file)}. Complétez-le, puis\u202f: npm run publish -- ${out}`
    : `Imported from ${basename(file)}. Complete it, then: npm run publish -- ${out}`;
  const draft = renderDraft(briefing, note);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, draft);
  console.log(`Wrote the draft briefing to ${out}`);
  // What the editor still has to do, in the validator's own words, each with its line in the draft.
  const loaded = loadDraft(draft);
  const checked = validateBriefingInput(loaded.value);
  const todo = checked.ok ? [] : checked.problems;
  // Only an analysis must have an outlook; the editor of any other kind should hear it is theirs to write.
  if (!todo.some((p) => p.path.startsWith('whatComesNext')))
    todo.push({ path: 'whatComesNext', message: 'the outlook is yours to write: complete the template' });
  console.log('To complete before publishing:');
  for (const p of todo) console.log(`  ${out}:${loaded.lineOf(p.path)}: ${p.path}: ${p.message}`);
}
