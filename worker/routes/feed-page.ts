import type { Context } from 'hono';
import type { Briefing } from '../../model/types';
import { listBriefings, PAGE_SIZE, type Page } from '../store/briefings';
import { withTranslations } from '../store/translations';
import type { AppEnv } from '../types';

/** A page of the feed as the app syncs it (the first, or the one after `after`): whole briefings with their translations. */
export async function feedPage(c: Context<AppEnv>, after?: string): Promise<Page<Briefing>> {
  const page = await listBriefings(c.env.DB, PAGE_SIZE, after);
  return { ...page, items: await withTranslations(c.env.DB, page.items, new URL(c.req.url).origin) };
}
