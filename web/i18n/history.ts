import type { historyEn } from './history-en';
import { historyLanguages } from './history-languages';

// The words of an outlook's history, one file per language (history-en.ts, history-fr.ts). Only a
// briefing whose outlook moved shows a history: the app fetches its reader's words with the history's
// code, so no first visit pays for them.

export type HistoryStrings = typeof historyEn;

/** The history's words in `lang`; English for a language without words of its own. */
export const historyStrings = (lang: string): HistoryStrings =>
  (historyLanguages[lang] ?? historyLanguages.en ?? Object.values(historyLanguages)[0])!;
