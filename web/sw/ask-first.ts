// Save-Data: on a connection the reader pays dearly for, the page asks before every briefing is
// downloaded for offline use. The page marks its sync with a header; the worker then only says what it
// would save, and how much, and saves it when the page answers yes.

/** The request header the page's sync carries when the worker must ask first. */
export const ASK_FIRST = 'Briefing-Ask-First';

/** Roughly what a page costs on the wire: its briefing's text (as JSON, about as long as its HTML), plus the page around it, gzipped (about 3:1). */
export const estimateBytes = (briefingLength: number) => Math.round((briefingLength + 9000) / 3);

/** What the worker would save, sent to the page for its question. */
export type AskMessage = { type: 'warm-ask'; paths: string[]; bytes: number };

/** The page's yes. */
export type WarmMessage = { type: 'WARM'; paths: string[] };
