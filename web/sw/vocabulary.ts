import { CACHES } from '../sw-protocol';

// The newsroom's topics (GET /api/topics), kept beside the saved briefings so that the offline search
// finds a briefing by any label or alias of its topics, as the server's does ("cedeao" finds an English
// briefing on ECOWAS). Asked for when none is held or a synced briefing names a topic it does not
// know, at most once a day.

const VOCABULARY_URL = '/api/topics';
const KEPT_AT = 'X-Kept-At';
const DAY = 86_400_000;

interface Topic {
  id: string;
  label: { en: string; fr: string };
  aliases: string[];
}

/** Keeps the vocabulary after a sync that brought `topics`; offline, or on any failure, the copy held stays. */
export async function keepVocabulary(topics: string[]): Promise<void> {
  try {
    const cache = await caches.open(CACHES.saved);
    const held = await cache.match(VOCABULARY_URL);
    if (held) {
      const known = new Set(((await held.clone().json()) as { topics: Topic[] }).topics.map((t) => t.id));
      if (topics.every((t) => known.has(t)) || Date.now() - Number(held.headers.get(KEPT_AT)) < DAY) return;
    }
    const res = await fetch(VOCABULARY_URL);
    if (!res.ok) return;
    await cache.put(VOCABULARY_URL, new Response(await res.text(), { headers: { [KEPT_AT]: String(Date.now()) } }));
  } catch {
    // Kept as it was.
  }
}

/** Every name of each topic (labels and aliases), by id: none before the first sync. */
export async function topicNames(): Promise<Map<string, string>> {
  const res = await caches.match(VOCABULARY_URL, { cacheName: CACHES.saved });
  const topics = ((await res?.json()) as { topics: Topic[] } | undefined)?.topics ?? [];
  return new Map(topics.map((t) => [t.id, [t.label.en, t.label.fr, ...t.aliases].join(' ')]));
}
