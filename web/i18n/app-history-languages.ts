import type { HistoryStrings } from './history';

/** history-languages.ts in the app's build: filled with the reader's language's words as they load. */
export const historyLanguages: Partial<Record<string, HistoryStrings>> = {};
