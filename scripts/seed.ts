// Seeds local D1 with the local admin and the sample briefing(s) in content/briefings, through the
// worker's own store functions, in the same local state `wrangler dev` uses. Idempotent: existing ids
// are left alone. With EDITOR_TOKEN set, that token is made one of the local admin's personal tokens.
import { readdirSync, readFileSync } from 'node:fs';
import { getPlatformProxy } from 'wrangler';
import { validateBriefingInput } from '../model/validate';
import { createBriefing } from '../worker/store/briefings';
import { ensureLocalEditor } from '../worker/store/editors';

const dir = 'content/briefings';
// `--persist-to DIR` seeds another local state than wrangler's default (the browser tests use one each).
const at = process.argv.indexOf('--persist-to');
// wrangler's --persist-to DIR keeps its state in DIR/v3, which is what getPlatformProxy wants.
const persist = at > 0 ? { path: `${process.argv[at + 1]}/v3` } : true;
const proxy = await getPlatformProxy<Env>({ configPath: 'wrangler.toml', persist });
try {
  const editor = await ensureLocalEditor(proxy.env.DB, process.env.EDITOR_TOKEN || undefined);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const checked = validateBriefingInput(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')));
    if (!checked.ok) {
      for (const p of checked.problems) console.error(`${dir}/${file}: ${p.path}: ${p.message}`);
      process.exitCode = 1;
      continue;
    }
    const created = await createBriefing(proxy.env.DB, checked.value, new Date(), editor);
    console.log(created ? `Seeded ${checked.value.id}.` : `${checked.value.id} is already there.`);
  }
} finally {
  await proxy.dispose();
}
