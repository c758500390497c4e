import { historyEn } from './history-en';
import { historyFr } from './history-fr';
import type { HistoryStrings } from './history';

/**
 * The history's words in every language, as the server draws them. The app's build puts
 * app-history-languages.ts here instead: an empty table its reader's language is added to when a
 * history is first shown (web/app/outlook-history.tsx).
 */
export const historyLanguages: Partial<Record<string, HistoryStrings>> = { en: historyEn, fr: historyFr };
