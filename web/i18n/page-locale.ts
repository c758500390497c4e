import type { Locale } from './context';
import type { Strings } from './en';
import type { Names } from './names';

/**
 * The app's one locale: a page is in one language, its <html lang>, and the app draws nothing in another.
 * Its strings are set in by main.tsx once their chunk is here: a reader downloads only their language's.
 */
export const pageLocale: Locale = {
  lang: document.documentElement.lang === 'fr' ? 'fr' : 'en',
  t: {} as Strings,
  names: readNames(),
};

/** The labels of topics and stories the server named this page's with (worker/render/document.tsx). */
function readNames(): Names | undefined {
  const block = document.getElementById('names');
  try {
    return block?.textContent ? (JSON.parse(block.textContent) as Names) : undefined;
  } catch {
    return undefined;
  }
}

/** use-locale.ts in the app's build: Preact's hooks, for reading a context, are bytes every first visit pays. */
export const useLocale = () => pageLocale;
