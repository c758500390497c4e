import type { Context } from 'hono';
import type { AppEnv } from '../types';
import { problem } from './problem';

export type Parsed = { ok: true; value: unknown } | { ok: false; response: Response };

/** The request's JSON body, or a 400 problem saying where it stops being JSON. */
export async function readJson(c: Context<AppEnv>): Promise<Parsed> {
  const text = await c.req.text();
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    // The parser's message names the position; it holds no server detail worth hiding.
    const reason = e instanceof SyntaxError ? e.message : 'unreadable';
    return { ok: false, response: problem(c, 400, `The body is not valid JSON: ${reason}`) };
  }
}
