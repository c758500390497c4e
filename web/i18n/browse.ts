import { useLocale } from './use-locale';

// The words of browsing, following and searching, apart from en.ts and fr.ts: the app's first-visit
// script carries en.ts whole, and these are needed only by the server's pages and the code loaded on use.

const en = {
  search: 'Search',
  searchLabel: 'Search briefings',
  searchTitle: 'Search',
  searchEmpty: 'Type one or more words to search the briefings.',
  searchTooLong: 'That search is too long: use at most {n} characters.',
  searchNone: 'No briefing matches “{q}”.',
  searchResults: 'Briefings matching “{q}”',
  searchedSaved: 'You are offline: this searched only the briefings saved on this phone.',
  country: 'Country',
  countries: 'Countries',
  topic: 'Topic',
  topics: 'Topics',
  story: 'Story',
  storyTitle: 'The story so far',
  noneOn: 'No briefings on {name} yet.',
  latestOutlook: 'Latest outlook',
  readBriefing: 'Read the briefing',
  earlier: 'Earlier in this story',
  later: 'Later in this story',
  follow: 'Follow',
  following: 'Following',
  followed: 'Following ✓',
  followingNone: 'Nothing followed yet: follow a country, topic or story from its page.',
  unfollow: 'Stop following {name}',
  thisFeed: 'Feed of this page',
};

/** Every language mirrors the English keys. */
export type BrowseStrings = typeof en;

const fr: BrowseStrings = {
  search: 'Chercher',
  searchLabel: 'Rechercher',
  searchTitle: 'Recherche',
  searchEmpty: 'Tapez un ou plusieurs mots pour chercher dans les analyses.',
  searchTooLong: 'Recherche trop longue\u202f: {n} caractères au plus.',
  searchNone: 'Aucune analyse ne correspond à «\u202f{q}\u202f».',
  searchResults: 'Résultats pour «\u202f{q}\u202f»',
  searchedSaved: 'Hors connexion\u202f: la recherche ne porte que sur les analyses enregistrées sur ce téléphone.',
  country: 'Pays',
  countries: 'Pays',
  topic: 'Sujet',
  topics: 'Sujets',
  story: 'Fil',
  storyTitle: 'Toute l’affaire',
  noneOn: '{name}\u202f: pas encore d’analyse.',
  latestOutlook: 'Dernières perspectives',
  readBriefing: 'Lire l’analyse',
  earlier: 'Épisode précédent',
  later: 'Épisode suivant',
  follow: 'Suivre',
  following: 'Vos suivis',
  followed: 'Suivi ✓',
  followingNone: 'Rien de suivi pour l’instant\u202f: suivez un pays, un sujet ou un fil depuis sa page.',
  unfollow: 'Ne plus suivre {name}',
  thisFeed: 'Flux de cette page',
};

/** The browsing words in `lang` (English for any language the interface does not speak). */
export const browseStrings = (lang: string): BrowseStrings => (lang === 'fr' ? fr : en);

/** The browsing words of the page's language. */
export const useBrowse = () => browseStrings(useLocale().lang);
