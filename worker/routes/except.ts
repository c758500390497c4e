import type { Context } from 'hono';
import type { BriefingIndex } from '../../model/types';
import { cachedByRevision } from '../http/cached';
import { problem } from '../http/problem';
import { listBriefings, PAGE_SIZE } from '../store/briefings';
import { withTranslations } from '../store/translations';
import type { AppEnv } from '../types';

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
      const page = await listBriefings(c.env.DB, PAGE_SIZE);
      const briefings = await withTranslations(c.env.DB, page.items, new URL(c.req.url).origin);
      const body: BriefingIndex = {
        revision: feedRevision,
        briefings: briefings.filter((b) => !(b.id === id && b.revision === Number(revision))),
        ...(page.next ? { next: page.next } : {}),
        page: briefings.map((b) => b.id),
      };
      return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
    },
    { params: ['except'] },
  );
}
