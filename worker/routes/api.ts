import { Hono } from 'hono';
import type { BriefingIndex } from '../../model/types';
import { cachedByRevision, PUBLIC_CACHE } from '../http/cached';
import { problem } from '../http/problem';
import { getBriefing, listBriefings, listRevisions, PAGE_SIZE } from '../store/briefings';
import type { AppEnv } from '../types';
import { delta } from './delta';

/** Reading briefings as JSON: the feed's page as the app syncs it (or what changed `?since=` a revision), one briefing with its revision as ETag, its history. */
export const api = new Hono<AppEnv>()
  .get('/api/briefings', (c) => {
    const since = c.req.query('since');
    if (since !== undefined) return delta(c, since);
    return cachedByRevision(c, async (revision) => {
      const page = await listBriefings(c.env.DB, PAGE_SIZE, c.req.query('after'));
      const body: BriefingIndex = { revision, briefings: page.items, ...(page.next ? { next: page.next } : {}) };
      return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
    });
  })
  .get('/api/briefings/:id', async (c) => {
    const briefing = await getBriefing(c.env.DB, c.req.param('id'));
    if (!briefing) return problem(c, 404, `There is no briefing "${c.req.param('id')}".`);
    return c.json(briefing, 200, { ETag: `"r${briefing.revision}"`, 'Cache-Control': PUBLIC_CACHE });
  })
  .get('/api/briefings/:id/revisions', async (c) => {
    const id = c.req.param('id');
    const revisions = await listRevisions(c.env.DB, id);
    if (revisions.length === 0) return problem(c, 404, `There is no briefing "${id}".`);
    return c.json({ id, revisions }, 200, { 'Cache-Control': PUBLIC_CACHE });
  });
