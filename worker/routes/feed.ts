import { Hono } from 'hono';
import { cachedByRevision } from '../http/cached';
import { feed } from '../render/feed';
import { listBriefings, PAGE_SIZE } from '../store/briefings';
import { withTranslations } from '../store/translations';
import type { AppEnv } from '../types';

/** The JSON Feed: newest first, 20 to a page, each item carrying its briefing in `_briefing`. */
export const feedRoutes = new Hono<AppEnv>().get('/feed.json', (c) =>
  cachedByRevision(
    c,
    async (revision) => {
      const { origin } = new URL(c.req.url);
      const page = await listBriefings(c.env.DB, PAGE_SIZE, c.req.query('after'));
      const items = await withTranslations(c.env.DB, page.items, origin);
      const body = feed(items, origin, revision, new Date().toISOString(), page.next);
      return new Response(JSON.stringify(body), {
        headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
      });
    },
    { params: ['after'] },
  ),
);
