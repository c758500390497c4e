import type { Context } from 'hono';
import { illFormedProblems } from '../../model/well-formed';
import type { AppEnv } from '../types';
import { problem } from './problem';

export type Parsed = { ok: true; value: unknown } | { ok: false; response: Response };

/**
 * The request's JSON body, or a 400 problem saying where it stops being JSON, or a 422 naming each
 * string that holds a lone surrogate (JSON's `\ud800` escapes parse, but no page or feed can carry them).
 */
export async function readJson(c: Context<AppEnv>): Promise<Parsed> {
  const text = await c.req.text();
  try {
    const value: unknown = JSON.parse(text);
    const errors = illFormedProblems(value);
    if (errors.length)
      return { ok: false, response: problem(c, 422, 'Every text must be well-formed Unicode.', { errors }) };
    return { ok: true, value };
  } catch (e) {
    // The parser's message names the position; it holds no server detail worth hiding.
    const reason = e instanceof SyntaxError ? e.message : 'unreadable';
    return { ok: false, response: problem(c, 400, `The body is not valid JSON: ${reason}`) };
  }
}
