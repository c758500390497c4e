// The copy of a draft kept on the phone until the server has it: written on every keystroke, dropped
// once a save succeeds, sent again when the connection returns or the page is opened again.

export interface PhoneCopy {
  /** The draft's id on the server, or null for a new briefing not yet saved there. */
  draft: string | null;
  briefing: Record<string, unknown>;
  /** The draft's ETag the copy was typed over (If-Match when it is sent). */
  etag: string;
  /** When it was typed (ms since the epoch). */
  at: number;
}

const key = (draft: string | null) => `briefing-editor:${draft ?? 'new'}`;

/** Keeps the copy; a full or refused storage only loses the phone copy, never the page's own text. */
export function keepCopy(copy: PhoneCopy): void {
  try {
    localStorage.setItem(key(copy.draft), JSON.stringify(copy));
  } catch {
    // Private mode or a full disk: the form still holds the text.
  }
}

export function readCopy(draft: string | null): PhoneCopy | null {
  try {
    const raw = localStorage.getItem(key(draft));
    return raw ? (JSON.parse(raw) as PhoneCopy) : null;
  } catch {
    return null;
  }
}

export function dropCopy(draft: string | null): void {
  try {
    localStorage.removeItem(key(draft));
  } catch {
    // nothing kept
  }
}
