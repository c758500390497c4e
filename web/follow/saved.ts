import type { Briefing } from '../../model/types';
import { savedFeed } from '../app/data';

/** The briefings saved on this phone, newest first. */
export async function savedBriefings(): Promise<Briefing[]> {
  const saved = await savedFeed().catch(() => undefined);
  return saved?.feed.briefings ?? [];
}
