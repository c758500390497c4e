import * as v from 'valibot';
import { text } from './schema';

// The newsroom's vocabulary (docs/languages.md): topics named in each interface language, with
// aliases a reader may search by, and stories' titles. Briefings name topics and stories by id.

const label = v.strictObject({ en: text(60), fr: text(60) }, (i) =>
  i.expected === 'never' ? 'is not a known field' : i.input === undefined ? 'is required' : 'must be an object',
);

/** `PUT /api/topics/{id}`'s body. */
export const topicBody = v.strictObject(
  {
    label,
    aliases: v.optional(v.pipe(v.array(text(80), 'must be a list'), v.maxLength(30, 'must have at most 30 items')), []),
  },
  (i) => (i.expected === 'never' ? 'is not a known field' : 'must be an object'),
);

/** `PUT /api/stories/{id}`'s body. */
export const storyBody = v.strictObject(
  {
    title: v.strictObject({ en: text(140), fr: text(140) }, (i) =>
      i.expected === 'never' ? 'is not a known field' : i.input === undefined ? 'is required' : 'must be an object',
    ),
  },
  (i) => (i.expected === 'never' ? 'is not a known field' : 'must be an object'),
);

export type Topic = { id: string } & v.InferOutput<typeof topicBody>;
export type Story = { id: string } & v.InferOutput<typeof storyBody>;

/** Lower case, accents and punctuation folded: `Démocratie` and `democratie` are one word. */
export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The edit distance between two short words (Levenshtein), for "did you mean". */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** Every name a topic answers to, folded: its id, its labels, its aliases. */
export const namesOf = (t: Topic) => [t.id.replace(/-/g, ' '), t.label.en, t.label.fr, ...t.aliases].map(fold);

/** The topic a name, label or alias stands for (`cedeao` → ecowas), if any. */
export const topicNamed = (topics: Topic[], name: string) => {
  const folded = fold(name);
  return topics.find((t) => t.id === name || namesOf(t).includes(folded));
};

/** Up to three topic ids close to `wrong`: the same names, or a few letters away, or starting alike. */
export function closeTopics(topics: Topic[], wrong: string): string[] {
  const w = fold(wrong);
  const scored = topics.map((t) => {
    const best = Math.min(
      ...namesOf(t).map((n) =>
        n.startsWith(w) || w.startsWith(n) ? 0 : distance(n, w) / Math.max(n.length, w.length),
      ),
    );
    return { id: t.id, best };
  });
  return scored
    .filter((s) => s.best <= 0.4)
    .sort((a, b) => a.best - b.best || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((s) => s.id);
}

/** The label of a topic in `lang`, or its id's words when the vocabulary does not know it. */
export const topicLabel = (topics: Record<string, Topic['label']> | undefined, id: string, lang: string) =>
  topics?.[id]?.[lang === 'fr' ? 'fr' : 'en'] ?? id.replace(/-/g, ' ');
