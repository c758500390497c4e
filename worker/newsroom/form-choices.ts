import { LANGUAGE_NAMES, type Language } from '../../web/i18n/languages';
import type { Choices } from '../../web/editor/components/BriefingFields';
import { listDesks } from '../store/editors';
import { listStories, listTopics } from '../store/vocabulary';

/** How many live originals the form offers to translate: the last touched first. */
const ORIGINALS_OFFERED = 100;

/** The live originals a new briefing may name as the one it translates, as [id, "headline · language"]. */
async function liveOriginals(db: D1Database): Promise<[string, string][]> {
  const { results } = await db
    .prepare(
      `SELECT id, json_extract(card, '$.headline') AS headline, lang FROM briefings
       WHERE translation_of IS NULL AND status = 'published' ORDER BY modified_at DESC, id LIMIT ?1`,
    )
    .bind(ORIGINALS_OFFERED)
    .all<{ id: string; headline: string; lang: string }>();
  return results.map((r) => [r.id, `${r.headline} · ${LANGUAGE_NAMES[r.lang as Language] ?? r.lang}`]);
}

/** What the form offers to choose from, named in the editor's language `lang`. */
export async function formChoices(db: D1Database, lang: string): Promise<Choices> {
  const l = lang === 'fr' ? 'fr' : 'en';
  const [desks, topics, stories, originals] = await Promise.all([
    listDesks(db),
    listTopics(db),
    listStories(db),
    liveOriginals(db),
  ]);
  return {
    desks: desks.map((d) => [d.id, d.name[l] ?? d.name.en]),
    topics: topics.map((t) => [t.id, t.label[l]]),
    stories: stories.map((s) => [s.id, s.title[l]]),
    originals,
  };
}
