import type { OutlookStrings } from './outlook';

/** In the app, none: English is in the table as the English strings' chunk registers it (web/main.tsx). */
export const outlookFallback: OutlookStrings | undefined = undefined;
