import type { OutlookStrings } from './outlook';

/**
 * The outlook's words in each language but English, added as that language's strings load: the app adds
 * French once fr.ts has arrived, the server adds every language at start-up. A module of its own, so the
 * page's script holds this empty table and none of the words.
 */
export const outlookLanguages: Partial<Record<string, OutlookStrings>> = {};
