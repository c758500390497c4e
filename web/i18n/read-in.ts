import { primaryLanguage } from '../../model/translation';

// The link from a briefing to its translation, in the translation's own language: a reader who
// cannot read this page's language can still find theirs ("Read in English" on a French page).

const READ_IN: Record<string, string> = { en: 'Read in English', fr: 'Lire en français' };
/** Each interface language's name for the languages briefings are written in. */
const NAMES: Record<string, Record<string, string>> = {
  en: { en: 'English', fr: 'French' },
  fr: { en: 'anglais', fr: 'français' },
};

/** "Lire en français" for `fr`; the tag itself for a language the interface does not speak. */
export const readIn = (tag: string): string => READ_IN[primaryLanguage(tag)] ?? tag;

/** "anglais" for `en` in a French interface: the language a card is written in. */
export const languageName = (tag: string, lang: string): string => NAMES[lang]?.[primaryLanguage(tag)] ?? tag;
