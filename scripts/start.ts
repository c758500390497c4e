// `npm start`: build the PWA, apply local D1 migrations, seed the sample, make sure a local
// PUBLISH_TOKEN exists, then serve everything with `wrangler dev` on PORT (default 8787).
import { spawn } from 'node:child_process';
import { ensurePublishToken } from './lib/dev-vars';
import { run } from './lib/run';

const port = process.env.PORT ?? '8787';

run('npm', ['run', '--silent', 'build']);
// CI=true skips wrangler's confirmation prompt: local migrations are safe to apply unasked.
run('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local'], { CI: 'true' });
run('npx', ['tsx', 'scripts/seed.ts']);

const token = ensurePublishToken();
console.log(
  token.created
    ? `\nWrote a random PUBLISH_TOKEN to ${token.path} (git-ignored): editors' tools read it from there.`
    : `\nEditors' PUBLISH_TOKEN is in ${token.path}.`,
);
console.log(`Serving Briefing at http://localhost:${port}/\n`);

const dev = spawn(
  'npx',
  ['wrangler', 'dev', '--port', port, '--ip', 'localhost', '--show-interactive-dev-session=false'],
  { stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => dev.kill(signal));
dev.on('exit', (code) => process.exit(code ?? 0));
