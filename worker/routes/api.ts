import { Hono } from 'hono';
import type { BriefingIndex } from '../../model/types';
import { cachedByRevision } from '../http/cached';
import { problem } from '../http/problem';
import { getBriefing } from '../store/briefings';
import { listRevisionPage } from '../store/revisions';
import { withTranslations } from '../store/translations';
import type { AppEnv } from '../types';
import { delta } from './delta';
import { firstPageExcept } from './except';
import { json } from '../http/json';
import { feedPage } from './feed-page';

/** Reading briefings as JSON: the feed's page as the app syncs it (or what changed `?since=` a revision), one briefing with its revision as ETag, its history. */
export const api = new Hono<AppEnv>()
  .get('/api/briefings', (c) => {
    const since = c.req.query('since');
    if (since !== undefined) return delta(c, since);
    const except = c.req.query('except');
    if (except !== undefined && c.req.query('after') === undefined) return firstPageExcept(c, except);
    return cachedByRevision(
      c,
      async (revision) => {
        const page = await feedPage(c, c.req.query('after'));
        const body: BriefingIndex = { revision, briefings: page.items, ...(page.next ? { next: page.next } : {}) };
        return json(body);
      },
      { params: ['after'] },
    );
  })
  .get('/api/briefings/:id', (c) =>
    cachedByRevision(
      c,
      async () => {
        const stored = await getBriefing(c.env.DB, c.req.param('id'));
        if (!stored) return problem(c, 404, `There is no briefing "${c.req.param('id')}".`);
        const [briefing] = await withTranslations(c.env.DB, [stored], new URL(c.req.url).origin);
        return json(briefing, { ETag: `"r${briefing.revision}"` });
      },
      { params: [] },
    ),
  )
  .get('/api/briefings/:id/revisions', (c) => {
    const id = c.req.param('id');
    const before = c.req.query('before');
    if (before !== undefined && !/^[1-9]\d{0,9}$/.test(before))
      return problem(c, 400, 'before must be a revision number, as the previous page\'s "next" gives it.');
    return cachedByRevision(
      c,
      async () => {
        const page = await listRevisionPage(c.env.DB, id, before ? Number(before) : undefined);
        if (page.revisions.length === 0 && !before) return problem(c, 404, `There is no briefing "${id}".`);
        const next = page.next ? `/api/briefings/${id}/revisions?before=${page.next}` : undefined;
        return json({ id, revisions: page.revisions, ...(next ? { next } : {}) });
      },
      { params: ['before'] },
    );
  });
