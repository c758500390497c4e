import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { generateVapidKeys } from './vapid';

/**
 * Makes sure `.dev.vars` holds a PUBLISH_TOKEN (the local stand-in for the Workers secret),
 * writing a random one when none is there. Returns the path and whether it was created.
 */
export function ensurePublishToken(path = '.dev.vars'): { path: string; created: boolean } {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (/^PUBLISH_TOKEN=\S+/m.test(current)) return { path, created: false };
  const token = randomBytes(24).toString('base64url');
  const prefix = current && !current.endsWith('\n') ? `${current}\n` : current;
  writeFileSync(path, `${prefix}PUBLISH_TOKEN=${token}\n`, { mode: 0o600 });
  return { path, created: true };
}

/** The local PUBLISH_TOKEN, for the command-line tools. */
export function readPublishToken(path = '.dev.vars'): string | undefined {
  if (!existsSync(path)) return undefined;
  return /^PUBLISH_TOKEN=(\S+)/m.exec(readFileSync(path, 'utf8'))?.[1];
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
