import type { Locale } from './context';
import type { Strings } from './en';
import type { Names } from './names';

/**
 * The app's one locale: a page is in one language, its <html lang>, and the app draws nothing in another.
 * Its strings are set in by main.tsx once their file is here, before anything is drawn.
 */
export const pageLocale: Locale = {
  lang: document.documentElement.lang === 'fr' ? 'fr' : 'en',
  t: undefined as unknown as Strings,
  names: readNames(),
};

/** default-locale.ts in the app's build: every component reads the page's locale. */
export const defaultLocale = pageLocale;

/** The labels of topics and stories the server named this page's with, in its language (worker/render/document.tsx). */
function readNames(): Names | undefined {
  const block = document.getElementById('names');
  try {
    if (!block?.textContent) return undefined;
    const words = JSON.parse(block.textContent) as Record<keyof Names, Record<string, string>>;
    const both = (labels: Record<string, string>) =>
      Object.fromEntries(Object.entries(labels).map(([id, w]) => [id, { en: w, fr: w }]));
    return { topics: both(words.topics), stories: both(words.stories) };
  } catch {
    return undefined;
  }
}

/** use-locale.ts in the app's build: Preact's hooks, for reading a context, are bytes every first visit pays. */
export const useLocale = () => pageLocale;
