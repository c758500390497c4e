import { asTranslation } from '../../model/translation';
import type { Briefing, BriefingInput } from '../../model/types';

/**
 * A translation as it is stored: its likelihoods, signpost statuses and resolutions are its
 * original's, whatever it was sent with. Anything else is stored as sent.
 */
export async function servedAsTranslation<T extends BriefingInput>(db: D1Database, input: T): Promise<T> {
  if (!input.translationOf) return input;
  const row = await db
    .prepare('SELECT doc FROM briefings WHERE id = ?')
    .bind(input.translationOf)
    .first<{ doc: string }>();
  return row ? asTranslation(input, JSON.parse(row.doc) as Briefing) : input;
}
