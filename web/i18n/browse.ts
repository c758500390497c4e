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
  searchLabel: 'Chercher dans les briefings',
  searchTitle: 'Recherche',
  searchEmpty: 'Tapez un ou plusieurs mots pour chercher dans les briefings.',
  searchTooLong: 'Recherche trop longue\u202f: {n} caractères au plus.',
  searchNone: 'Aucun briefing ne correspond à «\u202f{q}\u202f».',
  searchResults: 'Briefings correspondant à «\u202f{q}\u202f»',
  searchedSaved: 'Vous êtes hors ligne\u202f: seuls les briefings enregistrés sur ce téléphone ont été cherchés.',
  country: 'Pays',
  countries: 'Pays',
  topic: 'Sujet',
  topics: 'Sujets',
  story: 'Fil',
  storyTitle: 'Le fil jusqu’ici',
  noneOn: 'Pas encore de briefing sur {name}.',
  latestOutlook: 'Dernières perspectives',
  readBriefing: 'Lire le briefing',
  earlier: 'Plus tôt dans ce fil',
  later: 'Plus tard dans ce fil',
  follow: 'Suivre',
  following: 'Suivis',
  followed: 'Suivi ✓',
  followingNone: 'Rien de suivi pour l’instant\u202f: suivez un pays, un sujet ou un fil depuis sa page.',
  unfollow: 'Ne plus suivre {name}',
  thisFeed: 'Flux de cette page',
};

/** The browsing words in `lang` (English for any language the interface does not speak). */
export const browseStrings = (lang: string): BrowseStrings => (lang === 'fr' ? fr : en);

/** The browsing words of the page's language. */
export const useBrowse = () => browseStrings(useLocale().lang);
