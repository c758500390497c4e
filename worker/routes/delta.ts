import type { Context } from 'hono';
import type { BriefingDelta } from '../../model/types';
import { cachedByRevision } from '../http/cached';
import { problem } from '../http/problem';
import { changedSince, MAX_CHANGES } from '../store/changes';
import { withTranslations } from '../store/translations';
import type { AppEnv } from '../types';
import { json } from '../http/json';
import { feedPage } from './feed-page';

const REVISION = /^(0|[1-9]\d{0,14})$/;

/**
 * `GET /api/briefings?since=N`: what changed since feed revision N, cached by revision like every read
 * (so a phone that asks again with nothing new gets a 304). A phone ahead of the feed (another database)
 * or too far behind gets the first page with `reset`.
 */
export function delta(c: Context<AppEnv>, raw: string): Response | Promise<Response> {
  if (!REVISION.test(raw))
    return problem(c, 400, 'since must be a feed revision: a whole number, as a sync answer gives it.', {
      errors: [{ path: 'since', message: `"${raw.slice(0, 40)}" is not a feed revision.` }],
    });
  const since = Number(raw);
  return cachedByRevision(
    c,
    async (revision) => {
      let body: BriefingDelta = { revision, since, briefings: [], retracted: [] };
      if (since !== revision) {
        const { origin } = new URL(c.req.url);
        const changed = await withTranslations(
          c.env.DB,
          since < revision ? await changedSince(c.env.DB, since) : [],
          origin,
        );
        const page = await feedPage(c);
        const head = { page: page.items.map((b) => b.id), ...(page.next ? { next: page.next } : {}) };
        body =
          since > revision || changed.length > MAX_CHANGES
            ? { revision, since, briefings: page.items, retracted: [], ...head, reset: true }
            : {
                revision,
                since,
                briefings: changed,
                retracted: changed.filter((b) => b.status === 'retracted').map((b) => b.id),
                ...head,
              };
      }
      return json(body);
    },
    { params: ['since'] },
  );
}
