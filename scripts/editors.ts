// `npm run editors -- add EMAIL --name NAME --desk DESK --role writer|editor|admin | token EMAIL |
// revoke EMAIL | list | desk ID --en NAME --fr NAME [--to URL]`: the newsroom's lists, for admins,
// through the same API routes the web editor uses. A token is shown once: only its hash is kept.
import type { Editor } from '../model/editor';
import { fail, session } from './lib/session';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const valued = ['--to', '--name', '--desk', '--role', '--en', '--fr'];
const [command, subject] = args.filter((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1]));
const USAGE =
  'Usage: npm run editors -- add EMAIL --name NAME --desk DESK --role writer|editor|admin | token EMAIL | revoke EMAIL | list | desk ID --en NAME --fr NAME [--to URL]';

if (!command || !['add', 'token', 'revoke', 'list', 'desk'].includes(command)) fail(USAGE);
if (command !== 'list' && !subject) fail(USAGE);

const { to, token } = await session(args);
const call = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${to}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) {
    for (const e of (json.errors as { path: string; message: string }[] | undefined) ?? [])
      console.error(`  --${e.path}: ${e.message}`);
    fail(`✗ ${res.status}: ${String(json.detail ?? res.statusText)}`);
  }
  return { status: res.status, json };
};
const who = (e: Editor) => `${e.name} <${e.email}> · ${e.role} · desk ${e.desk}`;
const at = (email: string) => `/api/editors/${encodeURIComponent(email)}`;

if (command === 'list') {
  const { json } = await call('GET', '/api/editors');
  for (const e of json.editors as Editor[]) console.log(who(e));
} else if (command === 'add') {
  const { status, json } = await call('PUT', at(subject), {
    name: option('--name'),
    desk: option('--desk'),
    role: option('--role'),
  });
  console.log(`✓ ${status === 201 ? 'Added' : 'Updated'} ${who(json as unknown as Editor)}`);
  if (status === 201) console.log(`  Make their personal token with: npm run editors -- token ${subject}`);
} else if (command === 'token') {
  const { json } = await call('POST', `${at(subject)}/tokens`);
  console.log(`✓ A personal token for ${who(json.editor as Editor)}. It is shown this once; only its hash is kept:`);
  console.log(`\n  ${String(json.token)}\n`);
  console.log('Hand it over privately; they set it as EDITOR_TOKEN. Lost, it is revoked and made again.');
} else if (command === 'revoke') {
  const { json } = await call('DELETE', `${at(subject)}/tokens`);
  console.log(`✓ Revoked ${String(json.revoked)} token(s) of ${who(json.editor as Editor)}.`);
} else {
  const { status } = await call('PUT', `/api/desks/${encodeURIComponent(subject)}`, {
    name: { en: option('--en'), fr: option('--fr') },
  });
  console.log(`✓ ${status === 201 ? 'Added' : 'Renamed'} desk ${subject}.`);
}
