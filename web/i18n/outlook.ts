import type { outlookEn } from './outlook-en';
import { outlookLanguages } from './outlook-languages';

// The words of the outlook's block, glance and history, one file per language (outlook-en.ts,
// outlook-fr.ts). They travel with that language's strings (strings-en.ts, strings-fr.ts), so a reader
// downloads only their own.

export type OutlookStrings = typeof outlookEn;

/**
 * The outlook's words in `lang`; English for a language without words of its own. The app holds only its
 * reader's language (the interface's, which every caller asks for).
 */
export const outlookStrings = (lang: string): OutlookStrings =>
  (outlookLanguages[lang] ?? outlookLanguages.en ?? Object.values(outlookLanguages)[0])!;
