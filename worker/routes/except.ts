import type { Context } from 'hono';
import type { BriefingIndex } from '../../model/types';
import { cachedByRevision } from '../http/cached';
import { problem } from '../http/problem';
import type { AppEnv } from '../types';
import { json } from '../http/json';
import { feedPage } from './feed-page';

const HELD = /^([a-z0-9-]{1,64})@([1-9]\d{0,9})$/;

/**
 * `GET /api/briefings?except={id}@{revision}`: the feed's first page without the briefing a phone already
 * holds at that revision (the page it opened carried it), and the ids of the whole page so the phone can
 * put it back in its place. Held at another revision, or not on the first page, it is sent as usual.
 */
export function firstPageExcept(c: Context<AppEnv>, raw: string): Response | Promise<Response> {
  const held = HELD.exec(raw);
  if (!held)
    return problem(c, 400, 'except must name a briefing and the revision held, as {id}@{revision}.', {
      errors: [{ path: 'except', message: `"${raw.slice(0, 80)}" is not {id}@{revision}.` }],
    });
  const [, id, revision] = held;
  return cachedByRevision(
    c,
    async (feedRevision) => {
      const page = await feedPage(c);
      const body: BriefingIndex = {
        revision: feedRevision,
        briefings: page.items.filter((b) => !(b.id === id && b.revision === Number(revision))),
        ...(page.next ? { next: page.next } : {}),
        page: page.items.map((b) => b.id),
      };
      return json(body);
    },
    { params: ['except'] },
  );
}
