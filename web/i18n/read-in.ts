import { primaryLanguage } from '../../model/translation';

// The link from a briefing to its translation, in the translation's own language: a reader who
// cannot read this page's language can still find theirs ("Read in English" on a French page).

const READ_IN: Record<string, string> = { en: 'Read in English', fr: 'Lire en français' };

/** "Lire en français" for `fr`; for a language the interface does not speak, its own name for itself. */
export function readIn(tag: string): string {
  const lang = primaryLanguage(tag);
  if (READ_IN[lang]) return READ_IN[lang];
  const name = Intl.DisplayNames ? new Intl.DisplayNames([lang], { type: 'language' }).of(lang) : undefined;
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : tag;
}

/** "anglais" for `en` in a French interface: the language a card is written in. */
export function languageName(tag: string, lang: string): string {
  return (Intl.DisplayNames && new Intl.DisplayNames([lang], { type: 'language' }).of(primaryLanguage(tag))) || tag;
}
