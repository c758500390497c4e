import type { Story, Topic } from '../../model/vocabulary';
import { reindexTopicStatements } from './search-index';
import { commit } from './commit';
import { bindingOf } from './d1-binding';
import { feedRevision } from './feed-revision';

// The topics and stories tables (migrations/0007_vocabulary.sql), as plain functions over D1. Both
// are small (a newsroom's few hundred words), so they are read whole.

interface TopicRow {
  id: string;
  label: string;
  aliases: string;
}

export async function listTopics(db: D1Database): Promise<Topic[]> {
  const { results } = await db.prepare('SELECT id, label, aliases FROM topics ORDER BY id').all<TopicRow>();
  return results.map((r) => ({ id: r.id, label: JSON.parse(r.label), aliases: JSON.parse(r.aliases) }));
}

export async function listStories(db: D1Database): Promise<Story[]> {
  const { results } = await db
    .prepare('SELECT id, title FROM stories ORDER BY id')
    .all<{ id: string; title: string }>();
  return results.map((r) => ({ id: r.id, title: JSON.parse(r.title) }));
}

/** Creates or replaces a topic (true when it is new); briefings tagged with it are indexed again. */
export async function putTopic(db: D1Database, t: Topic): Promise<boolean> {
  const existed = await db.prepare('SELECT 1 FROM topics WHERE id = ?').bind(t.id).first();
  await commit(db, [
    db
      .prepare(
        `INSERT INTO topics (id, label, aliases) VALUES (?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET label = ?2, aliases = ?3`,
      )
      .bind(t.id, JSON.stringify(t.label), JSON.stringify(t.aliases)),
    ...reindexTopicStatements(db, t.id),
  ]);
  names.delete(bindingOf(db));
  return !existed;
}

/** Creates or replaces a story's titles (true when it is new). */
export async function putStory(db: D1Database, s: Story): Promise<boolean> {
  const existed = await db.prepare('SELECT 1 FROM stories WHERE id = ?').bind(s.id).first();
  await db
    .prepare('INSERT INTO stories (id, title) VALUES (?1, ?2) ON CONFLICT (id) DO UPDATE SET title = ?2')
    .bind(s.id, JSON.stringify(s.title))
    .run();
  names.delete(bindingOf(db));
  return !existed;
}

/** A story named by a briefing gets its slug's words as titles until an editor names it. */
export function storyStatement(db: D1Database, story: string): D1PreparedStatement {
  const words = story.replace(/-/g, ' ');
  const title = JSON.stringify({
    en: words.charAt(0).toUpperCase() + words.slice(1),
    fr: words.charAt(0).toUpperCase() + words.slice(1),
  });
  return db.prepare('INSERT OR IGNORE INTO stories (id, title) VALUES (?, ?)').bind(story, title);
}

/** The labels of every topic and the titles of every story, by id: what pages name them with. */
export interface Names {
  topics: Record<string, Topic['label']>;
  stories: Record<string, Story['title']>;
}

// Every page names topics and stories: an isolate reuses the names it read while the feed's revision
// holds (a publish that creates a story moves it), for a minute at most (as long as the vocabulary's
// own API lets any cache keep them), and forgets them when it writes a topic or a story itself.
const NAMES_TTL_MS = 60_000;
const names = new WeakMap<D1Database, { names: Promise<Names>; revision: number; until: number }>();

/** Every topic's labels and every story's titles, by id. */
export async function readNames(db: D1Database): Promise<Names> {
  // Where the feed's revision cannot be read, the names are read all the same, and not kept.
  const revision = await feedRevision(db).catch(() => undefined);
  const known = names.get(bindingOf(db));
  if (known && known.revision === revision && known.until > Date.now()) return known.names;
  const read = Promise.all([listTopics(db), listStories(db)]).then(([topics, stories]) => ({
    topics: Object.fromEntries(topics.map((t) => [t.id, t.label])),
    stories: Object.fromEntries(stories.map((s) => [s.id, s.title])),
  }));
  if (revision === undefined) return read;
  names.set(bindingOf(db), { names: read, revision, until: Date.now() + NAMES_TTL_MS });
  read.catch(() => names.delete(bindingOf(db)));
  return read;
}
