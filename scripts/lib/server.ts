// Where the editor's tools send to, and whether the token may travel there.

/** Where `npm start` serves when no PORT is set. */
export const DEFAULT_SERVER = 'http://localhost:8787';

/** `--to URL` (or `--from`), else BRIEFING_URL, else the local server on PORT as `npm start` runs it. */
export function serverUrl(args: string[], flag = '--to'): string {
  const at = args.indexOf(flag);
  const given = at >= 0 ? args[at + 1] : process.env.BRIEFING_URL || undefined;
  return (given ?? (process.env.PORT ? `http://localhost:${process.env.PORT}` : DEFAULT_SERVER)).replace(/\/$/, '');
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether `url` is this machine (the server `npm start` runs), not a newsroom's deployment. */
export function isLoopback(url: string): boolean {
  try {
    return LOOPBACK.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** Why nothing reached `url`, with the likely cause when it is this machine's server. */
export const cannotReach = (url: string, e: Error): string =>
  `Cannot reach ${url} (${e.message}).${isLoopback(url) ? ' Is `npm start` running?' : ''}`;

/**
 * Why the token must not go to `url`, or undefined when it may: only over https, or plain http to
 * this machine, so a mistyped address never hands the token to someone listening on the wire.
 */
export function tokenRefusal(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${url} is not a URL; pass --to https://your-newsroom.example`;
  }
  if (parsed.protocol === 'https:') return undefined;
  if (parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname)) return undefined;
  return `The token is sent only over https (or plain http to localhost, 127.0.0.1 or ::1), not to ${parsed.origin}. Use https://${parsed.host}.`;
}
