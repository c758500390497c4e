import { Hono } from 'hono';
import { PUBLIC_CACHE } from '../http/cached';
import { problem } from '../http/problem';
import { getBriefing, listRevisions } from '../store/briefings';
import type { AppEnv } from '../types';

/** Reading briefings as JSON: the current state with its revision as ETag, and its history. */
export const api = new Hono<AppEnv>()
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
