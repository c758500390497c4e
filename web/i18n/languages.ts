/** The interface's languages, the first the default. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

export const isLanguage = (tag: string | null | undefined): tag is Language => LANGUAGES.includes(tag as Language);

/** The first of an Accept-Language header's languages that we speak, by quality then order. */
export function fromAcceptLanguage(header: string | null | undefined): Language | undefined {
  const ranked = (header ?? '')
    .split(',')
    .map((part, order) => {
      const [tag, ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { lang: tag.trim().toLowerCase().split('-')[0], q: Number.isNaN(q) ? 0 : q, order };
    })
    .filter((l) => l.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked.find((l) => isLanguage(l.lang))?.lang as Language | undefined;
}

/**
 * The interface's language (contract §4): `?lang=`, then the reader's saved choice, then the
 * browser's Accept-Language, then English.
 */
export function chooseLanguage(
  query: string | undefined,
  saved: string | undefined,
  acceptLanguage: string | undefined,
): Language {
  if (isLanguage(query)) return query;
  if (isLanguage(saved)) return saved;
  return fromAcceptLanguage(acceptLanguage) ?? LANGUAGES[0];
}
