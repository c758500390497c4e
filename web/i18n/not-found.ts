// The words of the page for an address with nothing at it, which only the server draws.

const en = {
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no briefing at this address. It may have been mistyped.',
  backHome: 'See the latest briefings',
};

const fr: typeof en = {
  notFoundTitle: 'Page introuvable',
  notFoundText: 'Aucune analyse à cette adresse. Elle a peut-être été mal saisie.',
  backHome: 'Voir les dernières analyses',
};

export const notFoundStrings = (lang: string): typeof en => (lang === 'fr' ? fr : en);
