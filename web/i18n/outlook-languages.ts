import { outlookEn } from './outlook-en';
import { outlookFr } from './outlook-fr';
import type { OutlookStrings } from './outlook';

/**
 * The outlook's words in every language, as the server draws them. The app's build puts
 * app-outlook-languages.ts here instead: an empty table its reader's language is added to, so the
 * page's script holds none of the words (vite.config.ts).
 */
export const outlookLanguages: Partial<Record<string, OutlookStrings>> = { en: outlookEn, fr: outlookFr };
