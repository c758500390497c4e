// The site's own words around every page (masthead, footer, link previews), which only the server
// draws: the app fills <main> and never carries them.

const en = {
  siteName: 'Briefing',
  tagline: 'News analysis that reads on any phone, online or off.',
  skipToContent: 'Skip to content',
  aboutFormat: 'About the feed format',
};

const fr: typeof en = {
  siteName: 'Briefing',
  tagline: 'L’analyse de l’actualité, lisible sur tout téléphone, en ligne ou non.',
  skipToContent: 'Aller au contenu',
  aboutFormat: 'À propos du format du flux',
};

export const siteStrings = (lang: string): typeof en => (lang === 'fr' ? fr : en);
