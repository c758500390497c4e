import type { Locale } from './context';
import { en } from './en';

/** What a component reads with no locale given: English. The app's build puts page-locale.ts here instead. */
export const defaultLocale: Locale = { lang: 'en', t: en };
