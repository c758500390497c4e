// `npm start`: build, apply local D1 migrations, make sure the local admin has a personal token in
// .dev.vars (EDITOR_TOKEN), seed the admin and the sample, then serve with `wrangler dev` on PORT
// (default 8787), saying only where it serves and where the token is: wrangler's own output is kept
// for when a step fails. Every minute it runs the Cron Trigger (scheduled drafts).
import { spawn } from 'node:child_process';
import { LOCAL_EDITOR } from '../worker/store/editors';
import { ensureEditorToken, ensureVapidKeys } from './lib/dev-vars';
import { run } from './lib/run';

const port = process.env.PORT ?? '8787';
const url = `http://localhost:${port}/`;

run('npm', ['run', '--silent', 'build']);
// CI=true skips wrangler's confirmation prompt: local migrations are safe to apply unasked.
const migrated = run(
  'npx',
  ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local'],
  { CI: 'true' },
  { quiet: true },
);
// wrangler's table names each applied migration more than once (its progress, then its summary).
const applied = new Set(migrated.match(/\d{4}_\S+\.sql(?=\s*│\s*✅)/g)).size;
console.log(applied ? `Applied ${applied} migration(s) to the local database.` : 'The local database is up to date.');
const token = ensureEditorToken();
// Warnings only from the wrangler inside: the seed says what it did.
run('npx', ['tsx', 'scripts/seed.ts'], { WRANGLER_LOG: 'warn', EDITOR_TOKEN: token.token });
console.log(
  token.created
    ? `Wrote the personal token of ${LOCAL_EDITOR.email} (the local admin) to ${token.path} as EDITOR_TOKEN (git-ignored): the editors' commands read it from there.`
    : `The local admin's personal token (${LOCAL_EDITOR.email}) is EDITOR_TOKEN in ${token.path}.`,
);
if (ensureVapidKeys().created) console.log(`Wrote a fresh VAPID key pair for alerts to ${token.path}.`);
console.log('Starting the worker…');

// Warnings and errors only: no bindings table, no request log.
const dev = spawn(
  'npx',
  [
    'wrangler',
    'dev',
    '--port',
    port,
    '--ip',
    'localhost',
    // wrangler.toml's route names the production domain; locally, pages keep their own origin.
    '--host',
    `localhost:${port}`,
    '--show-interactive-dev-session=false',
    '--log-level',
    'warn',
    // Alerts may go to a push service on loopback, as tests run one; a deployed worker never allows it.
    '--var',
    'ALLOW_LOOPBACK_PUSH:true',
    // A browser may sign in as a local editor at /dev/sign-in; a deployed worker never offers it.
    '--var',
    'ALLOW_DEV_SIGNIN:true',
    // wrangler dev fires no Cron Trigger by itself: this lets the timer below run it (/__scheduled).
    '--test-scheduled',
  ],
  { stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => dev.kill(signal));
dev.on('exit', (code) => process.exit(code ?? 0));

const deadline = Date.now() + 120_000;
while (Date.now() < deadline && dev.exitCode === null) {
  try {
    if ((await fetch(`${url}about/format`)).ok) {
      console.log(`\nServing Briefing at ${url} (Ctrl-C stops it). Editors sign in at ${url}dev/sign-in.\n`);
      fireCronEachMinute();
      break;
    }
  } catch {
    // not listening yet
  }
  await new Promise((r) => setTimeout(r, 250));
}

/**
 * wrangler.toml's Cron Trigger, locally: at the start of every minute, as Cloudflare would, so a draft
 * scheduled for 15:00 appears at 15:00 here too (docs/editors.md).
 */
function fireCronEachMinute(): void {
  const fire = () =>
    fetch(`${url}__scheduled?cron=${encodeURIComponent('* * * * *')}`).catch((e: Error) =>
      console.warn(`The minute's Cron Trigger could not run (${e.message}); scheduled drafts wait for the next.`),
    );
  setTimeout(
    () => {
      void fire();
      setInterval(() => void fire(), 60_000);
    },
    60_000 - (Date.now() % 60_000),
  );
}
