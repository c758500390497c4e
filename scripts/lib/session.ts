import { readFileSync, statSync } from 'node:fs';
import type { Editor } from '../../model/editor';
import { readEditorToken } from './dev-vars';
import { cannotReach, isLoopback, serverUrl, tokenRefusal } from './server';

// One set of rules for every command that talks to a server (docs/editors.md): `--to URL` or the local
// server on PORT; the personal token only over https or to loopback; the editor it acts as, said first.

/** The largest file a command reads: the server takes no bigger body. */
export const MAX_FILE = 256 * 1024;

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The server, the token and the editor it belongs to, printed: or the reason nothing was sent. */
export async function session(args: string[], flag = '--to'): Promise<{ to: string; token: string; editor: Editor }> {
  const to = serverUrl(args, flag);
  const refusal = tokenRefusal(to);
  if (refusal) fail(`✗ ${refusal} Nothing was sent.`);
  // .dev.vars holds the local admin's token, which only the local server knows: never sent elsewhere.
  const local = isLoopback(to);
  const token = process.env.EDITOR_TOKEN || (local ? readEditorToken() : undefined);
  if (!token)
    fail(
      local
        ? 'No EDITOR_TOKEN: run `npm start` once (it writes the local admin’s to .dev.vars), or set EDITOR_TOKEN to your personal token.'
        : `No EDITOR_TOKEN: set it to your personal token for ${to} (an admin makes one with \`npm run editors -- token EMAIL\`). The local one in .dev.vars is never sent to another server. Nothing was sent.`,
    );
  const res = await fetch(`${to}/api/me`, { headers: { Authorization: `Bearer ${token}` } }).catch((e: Error) =>
    fail(`✗ ${cannotReach(to, e)} Nothing was sent.`),
  );
  if (!res.ok) {
    const p = (await res.json().catch(() => ({}))) as { detail?: string };
    fail(`✗ ${to} refused your token (${res.status}): ${p.detail ?? res.statusText} Nothing was sent.`);
  }
  const editor = (await res.json()) as Editor;
  console.log(`Acting as ${editor.name} <${editor.email}> (${editor.role}, desk ${editor.desk}) on ${to}`);
  return { to, token, editor };
}

/**
 * A file's text, read as UTF-8 or refused: too big (before reading it), unreadable, or not UTF-8
 * (naming the line of the first bad byte, so a Latin-1 export is fixed at the source, not published
 * with U+FFFD in its headline).
 */
export function readText(file: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    fail(`${file}: cannot read it`);
  }
  if (size > MAX_FILE)
    fail(
      `${file}: ${Math.round(size / 1024)} KB is more than the ${MAX_FILE / 1024} KB a briefing may be; nothing was sent.`,
    );
  const bytes = readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${file}:${badByteLine(bytes)}: is not UTF-8 text; save it as UTF-8 and try again. Nothing was sent.`);
  }
}

/** The line of the first byte that is not part of valid UTF-8. */
function badByteLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
