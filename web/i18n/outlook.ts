import { outlookLanguages } from './outlook-languages';
import { outlookFallback } from './outlook-fallback';
import type { outlookEn } from './outlook-en';

// The words of the outlook's block, glance and history. Each language's travel with that language's
// strings (outlook-en.ts with en.ts, outlook-fr.ts with fr.ts), so a reader downloads only their own;
// the server reads English as the fallback (outlook-fallback.ts), the app the table main.tsx fills.

export type OutlookStrings = typeof outlookEn;

/** The outlook's words in `lang`: English for any language whose words are not loaded (or do not exist). */
export const outlookStrings = (lang: string): OutlookStrings => outlookLanguages[lang] ?? outlookFallback!;
