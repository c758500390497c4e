import { diffBriefings } from '../../model/diff';
import { lastMoveAfter } from '../../model/last-move';
import { asTranslation, primaryLanguage } from '../../model/translation';
import type { Editor } from '../../model/editor';
import type { Briefing, Change } from '../../model/types';
import { writeStatements } from './briefings';
import { scoreStatements } from './scores';

// A briefing's group: its original and the original's translations (docs/languages.md). The
// `grp` and `lang` columns are generated from the JSON (migrations/0007_vocabulary.sql).

/** One version of a group as pages and feeds link it. */
export interface TranslationLink {
  id: string;
  language: string;
  url: string;
}

const parse = (rows: { doc: string }[]) => rows.map((r) => JSON.parse(r.doc) as Briefing);

/** The translations of the original `id`, whole. */
export async function translationsOf(db: D1Database, id: string): Promise<Briefing[]> {
  const { results } = await db
    .prepare('SELECT doc FROM briefings WHERE translation_of = ? ORDER BY id')
    .bind(id)
    .all<{ doc: string }>();
  return parse(results);
}

/**
 * The other versions of each briefing's group, keyed by briefing id: one query for a page of them.
 * `origin` makes the URLs absolute (feeds); without it they are paths (pages, the API).
 */
export async function groupLinks(
  db: D1Database,
  briefings: Pick<Briefing, 'id' | 'translationOf'>[],
  origin = '',
): Promise<Map<string, TranslationLink[]>> {
  const groups = [...new Set(briefings.map((b) => b.translationOf ?? b.id))];
  const links = new Map<string, TranslationLink[]>();
  if (!groups.length) return links;
  const { results } = await db
    .prepare(
      `SELECT id, grp, json_extract(doc, '$.language') AS language FROM briefings
       WHERE grp IN (SELECT value FROM json_each(?1)) ORDER BY grp, translation_of IS NOT NULL, id`,
    )
    .bind(JSON.stringify(groups))
    .all<{ id: string; grp: string; language: string }>();
  for (const b of briefings) {
    const group = b.translationOf ?? b.id;
    const others = results.filter((r) => r.grp === group && r.id !== b.id);
    if (others.length)
      links.set(
        b.id,
        others.map((r) => ({ id: r.id, language: r.language, url: `${origin}/briefings/${r.id}` })),
      );
  }
  return links;
}

/** Briefings as they are served: each with its group's other versions (`translations`), when it has any. */
export async function withTranslations(db: D1Database, briefings: Briefing[], origin = ''): Promise<Briefing[]> {
  const links = await groupLinks(db, briefings, origin);
  return briefings.map((b) => {
    const translations = links.get(b.id);
    return translations ? { ...b, translations } : b;
  });
}

/**
 * The statements that carry the original's outlook over to its translations, each a revision of its
 * own when its forecast moved (to join the original's write in one batch), and those translations.
 */
export function followOriginal(
  db: D1Database,
  original: Briefing,
  translations: Briefing[],
  by: Editor | null = null,
): { statements: D1PreparedStatement[]; moved: Briefing[] } {
  const statements: D1PreparedStatement[] = [];
  const moved: Briefing[] = [];
  for (const t of translations) {
    const served = asTranslation(t, original);
    const changes: Change[] = diffBriefings(t, served);
    if (!changes.length) continue;
    const at = Date.parse(original.modifiedAt) < Date.parse(t.modifiedAt) ? t.modifiedAt : original.modifiedAt;
    const { lastMove: _was, ...rest } = served;
    const lastMove = lastMoveAfter(t.lastMove, changes, at, served.whatComesNext);
    const next: Briefing = { ...rest, revision: t.revision + 1, modifiedAt: at, ...(lastMove ? { lastMove } : {}) };
    statements.push(...writeStatements(db, next, changes, by), ...scoreStatements(db, next, []));
    moved.push(next);
  }
  return { statements, moved };
}

/** Whether `tag` is the reader's interface language `lang`. */
export const speaks = (tag: string, lang: string) => primaryLanguage(tag) === lang;
