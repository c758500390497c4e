// Which language an article is written in, told from its commonest short words: enough to choose
// between the languages the newsroom writes in (English, French), and to be overridden by --lang.

const WORDS: Record<'en' | 'fr', Set<string>> = {
  en: new Set('the of and to in is that for on with as was by it at from are has have this which be an its'.split(' ')),
  fr: new Set(
    'le la les des du de et est un une que qui dans pour sur au aux par pas ce cette sont a été ses son leur'.split(
      ' ',
    ),
  ),
};

/** `fr` when French words outnumber English ones, else `en`. */
export function articleLanguage(text: string): 'en' | 'fr' {
  const count = { en: 0, fr: 0 };
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (WORDS.en.has(word)) count.en++;
    if (WORDS.fr.has(word)) count.fr++;
  }
  return count.fr > count.en ? 'fr' : 'en';
}
