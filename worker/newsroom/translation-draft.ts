import { SERVER_KEPT } from '../../model/schema';
import type { Briefing } from '../../model/types';

/** The longest id a briefing may have (model/schema.ts: a slug of 1–64 characters). */
const MAX_ID = 64;

/** The address a translation starts with: the original's, its language suffix swapped or added. */
export function translationId(original: Pick<Briefing, 'id' | 'language'>, language: string): string {
  const stem = original.id.replace(new RegExp(`-${original.language}$`), '');
  return `${stem.slice(0, MAX_ID - language.length - 1).replace(/-+$/, '')}-${language}`;
}

/**
 * A new briefing translating the live original `b` into `language`, for the translator to write over:
 * its text to translate, the same scenario and signpost ids (a group has one forecast), its own
 * corrections to come. What only the server keeps is left out; the original's forecast is served anyway.
 */
export function translationDraft(b: Briefing, language: string): Record<string, unknown> {
  const draft: Record<string, unknown> = structuredClone(b);
  for (const key of [...SERVER_KEPT, 'corrections']) delete draft[key];
  return { ...draft, id: translationId(b, language), language, translationOf: b.id };
}
