import type { Locale } from './context';
import { en } from './en';

/**
 * The app's one locale: a page is in one language, its <html lang>, and the app draws nothing in another.
 * French strings are set in by main.tsx once their chunk is here.
 */
export const pageLocale: Locale = { lang: document.documentElement.lang === 'fr' ? 'fr' : 'en', t: en };

/** use-locale.ts in the app's build: Preact's hooks, for reading a context, are bytes every first visit pays. */
export const useLocale = () => pageLocale;
