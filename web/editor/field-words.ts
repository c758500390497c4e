// A place in a briefing named as an editor sees it on the form: "Scenario “Parliament passes the
// budget” · Likelihood", "Section 2 · Paragraphs", "Headline", rather than its JSON path. Clashes and
// problems name their fields with it. Runtime-neutral and small: the worker draws the pages with it.
import { fill } from '../i18n/context';
import { parsePath } from './form-fields';
import type { EditorStrings } from './i18n/strings';

type Node = Record<string | number, unknown> | undefined;

/** The strings key of each field the form shows, by the last key of its path (where it differs). */
const WORDS: Record<string, keyof EditorStrings> = {
  language: 'languageOfText',
  whatComesNext: 'outlook',
  geo: 'countries',
  countries: 'countries',
  authors: 'authors',
  horizon: 'timeframe',
  term: 'likelihood',
  scenarioId: 'effectOn',
  direction: 'direction',
  watch: 'watch',
};

/** Lists of items with ids, each named by its number or its own words. */
const ITEMS: Record<string, { one: keyof EditorStrings; named?: keyof EditorStrings; by?: string }> = {
  sections: { one: 'section' },
  sources: { one: 'source' },
  scenarios: { one: 'scenario', named: 'scenarioNamed', by: 'title' },
  signposts: { one: 'signpost', named: 'signpostNamed', by: 'indicator' },
};

const wordFor = (t: EditorStrings, key: string, parent: string | undefined): string => {
  if (key === 'title' && parent === 'sources') return t.sourceTitle;
  const known = WORDS[key] ?? (key in t ? (key as keyof EditorStrings) : undefined);
  return known ? t[known] : key;
};

/**
 * The words for `path` in the editor's language. An item is named from `briefing` (the draft) where it
 * is there, else from `other` (the live briefing: an item the draft removed).
 */
export function fieldWords(t: EditorStrings, path: string, briefing: object, other: object = {}): string {
  const parts = parsePath(path);
  const words: string[] = [];
  let [mine, theirs]: Node[] = [briefing as Node, other as Node];
  // The last key seen: the list an index is in, or the object a key belongs to.
  let list: string | undefined;
  parts.forEach((part, i) => {
    const next = parts[i + 1];
    [mine, theirs] = [mine?.[part] as Node, theirs?.[part] as Node];
    if (typeof part === 'number') {
      const item = list ? ITEMS[list] : undefined;
      if (item) {
        const name = item.by && (mine?.[item.by] ?? theirs?.[item.by]);
        words.push(
          typeof name === 'string' && name && item.named
            ? fill(t[item.named], { title: name })
            : fill(t[item.one], { n: part + 1 }),
        );
      }
      return;
    }
    // The outlook's lists and the countries are named by their own words; a list's item by the item.
    // A resolution's criteria and an effect's scenario are named by their own field alone.
    const skip =
      (part === 'whatComesNext' && (next === 'scenarios' || next === 'signposts')) ||
      (part === 'geo' && next === 'countries') ||
      (part in ITEMS && typeof next === 'number') ||
      (part === 'resolution' && next !== undefined) ||
      list === 'effects';
    const word = wordFor(t, part, list);
    // The picker's term is the likelihood, the horizon the timeframe: one word, said once.
    if (!skip && part !== '$' && word !== words[words.length - 1]) words.push(word);
    list = part;
  });
  return words.join(' · ');
}
