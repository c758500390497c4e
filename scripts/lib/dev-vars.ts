import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

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
