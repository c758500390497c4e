import type { Briefing } from '../../model/types';
import { savedBriefings } from '../saved-feed';
import { escape } from './escape';
import { framed, shell } from './frame';
import { topicNames } from './vocabulary';

// Offline, /search answers from the briefings saved on this phone: each one's words folded (case and
// accents), kept in memory once read, so only a search pays for building them. The page says that
// only saved briefings were searched, in the frame's language.

const WORDS = {
  en: [
    'Search',
    'You are offline: this searched only the briefings saved on this phone.',
    'No saved briefing matches.',
  ],
  fr: [
    'Recherche',
    'Hors connexion\u202f: la recherche ne porte que sur les analyses enregistrées sur ce téléphone.',
    'Aucune analyse enregistrée ne correspond.',
  ],
};

// Latin, Greek and Cyrillic accents, and no Unicode property classes: built for older phones, those
// would grow this script by kilobytes of character ranges.
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
/** The reader's words, folded: everything but spaces and ASCII punctuation (as the server's search). */
const termsOf = (q: string) => (fold(q).match(/[^\s!-/:-@[-`{-~“”«»‘’…]+/g) ?? []).slice(0, 16);
/** Each briefing's folded words, by id and revision. */
const index = new Map<string, string>();

/** The published briefings saved on this phone. */
const saved = async () => (await savedBriefings()).filter((b) => b.status === 'published');

/** A briefing's words, and every name of its topics: `cedeao` finds an English briefing on ECOWAS. */
function wordsOf(b: Briefing, topics: Map<string, string>): string {
  const key = `${b.id}@${b.revision}@${topics.size}`;
  let words = index.get(key);
  if (words === undefined) {
    const { headline, standfirst, lede, sections, whatComesNext } = b;
    const named = b.topics.map((t) => topics.get(t) ?? t);
    index.set(key, (words = fold(JSON.stringify([headline, standfirst, lede, sections, whatComesNext, named]))));
  }
  return words;
}

/** The search page for `q` over the saved briefings, newest first, in a saved page's frame. */
async function searchSaved(q: string): Promise<Response | undefined> {
  const terms = termsOf(q);
  const topics = await topicNames();
  const hits = terms.length
    ? (await saved())
        .filter((b) => terms.every((t) => wordsOf(b, topics).includes(t)))
        .sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : -1))
    : [];
  return framed((lang) => {
    const [title, note, none] = lang === 'fr' ? WORDS.fr : WORDS.en;
    const items = hits.map(
      (b) =>
        `<li class="card"><h2><a href="/briefings/${b.id}">${escape(b.headline)}</a></h2><p class="standfirst">${escape(b.standfirst)}</p></li>`,
    );
    return `<main id="main"><h1 class="page-title">${title}</h1><form role="search" action="/search" class="search"><input type="search" name="q" value="${escape(q)}" aria-label="${title}"></form><p class="note">${note}</p>${
      // An empty search asked for nothing: the box waits for words, with no "no match".
      items.length ? `<ul class="cards">${items.join('')}</ul>` : terms.length ? `<p>${none}</p>` : ''
    }</main>`;
  });
}

/** A search: the server's answer, or offline (or on a server error) the saved briefings searched. */
export async function search(request: Request): Promise<Response> {
  try {
    const res = await fetch(request);
    if (res.status < 500) return res;
  } catch {
    // Offline: the saved briefings below.
  }
  return (await searchSaved(new URL(request.url).searchParams.get('q') ?? '')) ?? (await shell()) ?? Response.error();
}
