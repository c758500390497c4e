import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { newToken } from '../../worker/store/editors';
import { generateVapidKeys } from './vapid';

/**
 * Makes sure `.dev.vars` holds EDITOR_TOKEN, the local admin's personal token (`npm start` seeds the
 * admin with it), writing a fresh one when none is there. The worker never reads it: only its hash
 * is in the local database. Returns the token, the path and whether it was created.
 */
export function ensureEditorToken(path = '.dev.vars'): { token: string; path: string; created: boolean } {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const kept = /^EDITOR_TOKEN=(\S+)/m.exec(current)?.[1];
  if (kept) return { token: kept, path, created: false };
  const token = newToken();
  const prefix = current && !current.endsWith('\n') ? `${current}\n` : current;
  writeFileSync(path, `${prefix}EDITOR_TOKEN=${token}\n`, { mode: 0o600 });
  return { token, path, created: true };
}

/** The local editor's personal token, for the command-line tools. */
export function readEditorToken(path = '.dev.vars'): string | undefined {
  if (!existsSync(path)) return undefined;
  return /^EDITOR_TOKEN=(\S+)/m.exec(readFileSync(path, 'utf8'))?.[1];
}

/**
 * Makes sure `.dev.vars` holds a VAPID key pair for alerts (the local stand-in for the secrets
 * VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY), writing a fresh one when there is none.
 */
export function ensureVapidKeys(path = '.dev.vars'): { path: string; created: boolean } {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (/^VAPID_PUBLIC_KEY=\S+/m.test(current) && /^VAPID_PRIVATE_KEY=\S+/m.test(current))
    return { path, created: false };
  const keys = generateVapidKeys();
  const kept = current
    .split('\n')
    .filter((line) => line && !/^VAPID_(PUBLIC|PRIVATE)_KEY=/.test(line))
    .join('\n');
  writeFileSync(
    path,
    `${kept ? `${kept}\n` : ''}VAPID_PUBLIC_KEY=${keys.publicKey}\nVAPID_PRIVATE_KEY=${keys.privateKey}\n`,
    {
      mode: 0o600,
    },
  );
  return { path, created: true };
}
