import type { Briefing, BriefingCard } from '../../model/types';
import { oneOfGroup, type Page } from './briefings';

// The briefings of one situation: a country, a topic or a story. Countries and topics are read from
// each briefing's card (a JSON list); stories from the indexed `story` column.

/** Which briefings a list narrows to. */
export type Situation =
  { kind: 'country'; code: string } | { kind: 'topic'; topic: string } | { kind: 'story'; story: string };

function filterOf(s: Situation): { where: string; value: string } {
  if (s.kind === 'country')
    return { where: "EXISTS (SELECT 1 FROM json_each(card, '$.countries') WHERE value = ?4)", value: s.code };
  if (s.kind === 'topic')
    return { where: "EXISTS (SELECT 1 FROM json_each(card, '$.topics') WHERE value = ?4)", value: s.topic };
  return { where: 'story = ?4', value: s.story };
}

async function listOf<T>(
  db: D1Database,
  column: 'doc' | 'card',
  s: Situation,
  limit: number,
  after?: string,
  lang?: string,
) {
  const [publishedAt, id] = after?.split('~') ?? [];
  const { where, value } = filterOf(s);
  const page = id ? 'AND (published_at, id) < (?1, ?2)' : '';
  const grouped = lang ? `AND ${oneOfGroup('?5')}` : '';
  const { results } = await db
    .prepare(
      `SELECT ${column} AS json, published_at, id FROM briefings WHERE ${where} ${page} ${grouped}
       ORDER BY published_at DESC, id DESC LIMIT ?3`,
    )
    .bind(publishedAt ?? null, id ?? null, limit + 1, value, ...(lang ? [lang] : []))
    .all<{ json: string; published_at: string; id: string }>();
  const rows = results.slice(0, limit);
  const last = rows.at(-1);
  return {
    items: rows.map((r) => JSON.parse(r.json) as T),
    next: results.length > limit && last ? `${last.published_at}~${last.id}` : undefined,
  } satisfies Page<T>;
}

/**
 * The cards of a situation, newest first, `limit` at a time (`after`: a cursor from a previous page),
 * one per group of translations, in `lang` when the group has it.
 */
export const listSituationCards = (db: D1Database, s: Situation, limit: number, after?: string, lang?: string) =>
  listOf<BriefingCard>(db, 'card', s, limit, after, lang);

/** The whole briefings of a situation, newest first: its narrowed feed. */
export const listSituationBriefings = (db: D1Database, s: Situation, limit: number, after?: string) =>
  listOf<Briefing>(db, 'doc', s, limit, after);

/** The situation's newest published analysis that has an outlook: what heads its page. */
export async function newestOutlook(db: D1Database, s: Situation): Promise<Briefing | null> {
  const { where, value } = filterOf(s);
  const row = await db
    .prepare(
      `SELECT doc FROM briefings WHERE ${where.replaceAll('?4', '?1')} AND status = 'published'
       AND json_extract(doc, '$.kind') = 'analysis' AND json_extract(doc, '$.whatComesNext') IS NOT NULL
       ORDER BY published_at DESC, id DESC LIMIT 1`,
    )
    .bind(value)
    .first<{ doc: string }>();
  return row ? (JSON.parse(row.doc) as Briefing) : null;
}

/** How many briefings one story page shows: a thread longer than this shows its latest. */
export const STORY_LIMIT = 100;

/** A story's briefings, oldest first: the thread as it happened, one per group of translations. */
export async function listStory(db: D1Database, story: string, lang = 'en'): Promise<Briefing[]> {
  const { results } = await db
    .prepare(
      `SELECT doc FROM (SELECT doc, published_at, id FROM briefings WHERE story = ?1 AND ${oneOfGroup('?3')}
       ORDER BY published_at DESC, id DESC LIMIT ?2) ORDER BY published_at, id`,
    )
    .bind(story, STORY_LIMIT, lang)
    .all<{ doc: string }>();
  return results.map((r) => JSON.parse(r.doc) as Briefing);
}

/**
 * The briefings just before and after `b` in its story, for "earlier" and "later" links: other briefings,
 * never `b` told in the other language, each in `b`'s language when it has it (as the story page lists them).
 */
export async function storyNeighbours(
  db: D1Database,
  b: Briefing,
): Promise<{ earlier?: BriefingCard; later?: BriefingCard }> {
  if (!b.story) return {};
  const others = `story = ?1 AND grp <> ?4 AND ${oneOfGroup('?5')}`;
  const one = (sql: string) =>
    db
      .prepare(sql)
      .bind(b.story, b.publishedAt, b.id, b.translationOf ?? b.id, b.language.slice(0, 2).toLowerCase())
      .first<{ card: string }>()
      .then((r) => (r ? (JSON.parse(r.card) as BriefingCard) : undefined));
  const [earlier, later] = await Promise.all([
    one(
      `SELECT card FROM briefings WHERE ${others} AND (published_at, id) < (?2, ?3) ORDER BY published_at DESC, id DESC LIMIT 1`,
    ),
    one(
      `SELECT card FROM briefings WHERE ${others} AND (published_at, id) > (?2, ?3) ORDER BY published_at, id LIMIT 1`,
    ),
  ]);
  return { earlier, later };
}
