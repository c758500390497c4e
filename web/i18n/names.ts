import type { Locale } from './context';

// How codes and slugs read to a person: a country's name in the page's language, a topic's label
// and a story's title from the newsroom's vocabulary (GET /api/topics, /api/stories).

const regionNames = new Map<string, Intl.DisplayNames>();

/** "Niger" for NE, in the interface's language; the code itself where Intl.DisplayNames is missing (Safari before 14.1). */
export function countryName(code: string, lang: string): string {
  if (!Intl.DisplayNames) return code;
  let names = regionNames.get(lang);
  if (!names) regionNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'region' })));
  return names.of(code) ?? code;
}

/** A name in each interface language. */
export interface Label {
  en: string;
  fr: string;
}

/** The vocabulary's words a page names things with, by id. */
export interface Names {
  topics: Record<string, Label>;
  stories: Record<string, Label>;
}

/** "regional security" for `regional-security`: a topic the vocabulary does not name. */
export const topicWords = (topic: string) => topic.replace(/-/g, ' ');

/** "Niger bazoum detention" for `niger-bazoum-detention`: a story the vocabulary does not name. */
export const storyWords = (story: string) => {
  const words = story.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

function named(locale: Locale, kind: keyof Names, id: string): string | undefined {
  const label = locale.names?.[kind][id];
  if (!label) return undefined;
  // The server notes what a page names, for the app to name it the same (worker/render/document.tsx).
  if (locale.named) locale.named[kind][id] = label;
  return label[locale.lang === 'fr' ? 'fr' : 'en'];
}

/** A topic's label in the page's language ("Droits humains" for `human-rights`). */
export const topicName = (locale: Locale, id: string) => named(locale, 'topics', id) ?? topicWords(id);

/** A story's title in the page's language. */
export const storyName = (locale: Locale, id: string) => named(locale, 'stories', id) ?? storyWords(id);
