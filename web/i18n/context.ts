import { createContext } from 'preact';
import { en, type Strings } from './en';

/** What a component needs to speak the reader's language: the strings and the locale for Intl. */
export interface Locale {
  lang: string;
  t: Strings;
}

export const LocaleContext = createContext<Locale>({ lang: 'en', t: en });

/** Fills `{name}` placeholders: fill('until {date}', { date: '3 March' }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
