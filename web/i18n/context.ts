import { createContext } from 'preact';
import { defaultLocale } from './default-locale';
import type { Strings } from './en';
import type { Names } from './names';

/** What a component needs to speak the reader's language: the strings and the locale for Intl. */
export interface Locale {
  lang: string;
  t: Strings;
  /** The vocabulary's labels of topics and stories, when the page has them. */
  names?: Names;
  /** Filled as a page is rendered on the server: the labels it used, for the app to reuse. */
  named?: Names;
}

export const LocaleContext = createContext<Locale>(defaultLocale);

/** Fills `{name}` placeholders: fill('until {date}', { date: '3 March' }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
