import type { Language } from './languages';

// The words of the question asked before saving on a Save-Data or 2G connection: only the prompt's
// chunk, loaded when the service worker asks, carries them.

const en = {
  warmAsk: 'Save {n} briefings to read offline? About {size}.',
  warmAskOne: 'Save 1 briefing to read offline? About {size}.',
  warmYes: 'Save',
  warmNo: 'Not now',
};

type AskStrings = typeof en;

const fr: AskStrings = {
  warmAsk: 'Enregistrer {n} analyses pour les lire hors connexion\u202f? Environ {size}.',
  warmAskOne: 'Enregistrer 1 analyse pour la lire hors connexion\u202f? Environ {size}.',
  warmYes: 'Enregistrer',
  warmNo: 'Pas maintenant',
};

/** The prompt's words in the page's language. */
export const askStrings = (lang: string): AskStrings => ((lang as Language) === 'fr' ? fr : en);
