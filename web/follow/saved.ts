import type { Briefing } from '../../model/types';
import { savedBriefings as all } from '../saved-feed';

/** The briefings saved on this phone (the feed's first page and every other copy kept), newest first. */
export async function savedBriefings(): Promise<Briefing[]> {
  const saved = await all().catch(() => []);
  return saved.sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : -1));
}
