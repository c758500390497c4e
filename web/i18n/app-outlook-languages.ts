import type { OutlookStrings } from './outlook';

/** outlook-languages.ts in the app's build: filled by main.tsx with the reader's language's words as they load. */
export const outlookLanguages: Partial<Record<string, OutlookStrings>> = {};
