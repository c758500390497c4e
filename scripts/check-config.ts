// The first step of `npm run check`: warns (never fails, so a fresh clone checks offline) of the
// settings a newsroom must change before `npm run deploy`.
import { existsSync, readFileSync } from 'node:fs';
import { configWarnings } from './lib/config-warnings';

const warnings = configWarnings(
  readFileSync('wrangler.toml', 'utf8'),
  existsSync('.dev.vars') ? readFileSync('.dev.vars', 'utf8') : undefined,
);
for (const w of warnings) console.warn(`⚠ ${w}`);
if (!warnings.length) console.log('✓ wrangler.toml names a database and a domain of your own.');
