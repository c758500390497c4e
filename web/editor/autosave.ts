import { briefingFromForm } from './form-fields';
import { dropCopy, keepCopy, readCopy } from './offline-copy';

/** What the saver says in the form's status line. */
export type SaveState =
  { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'kept' } | { kind: 'refused'; reason: string };

const DRAFTS = '/api/drafts';

/**
 * Saves the form to its draft as the editor types: the phone's copy at once, the server's within
 * `every` ms (four seconds), and at once when the page is hidden or the connection returns. One save at a time; what
 * was typed during a save is saved next.
 */
export function autosave(form: HTMLFormElement, tell: (state: SaveState) => void, every = 4000) {
  let draft = form.dataset.draft || null;
  const etagField = form.elements.namedItem('_etag') as HTMLInputElement;
  const baseField = form.elements.namedItem('_base') as HTMLInputElement | null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  const read = () => briefingFromForm(new FormData(form) as unknown as Iterable<[string, string]>);
  const keep = () => keepCopy({ draft, briefing: read(), etag: etagField.value, at: Date.now() });

  async function send(): Promise<void> {
    const copy = readCopy(draft);
    if (!copy) return;
    tell({ kind: 'saving' });
    let res: Response;
    try {
      res = await fetch(draft ? `${DRAFTS}/${draft}` : DRAFTS, {
        method: draft ? 'PUT' : 'POST',
        headers: { 'Content-Type': 'application/json', ...(draft && copy.etag ? { 'If-Match': copy.etag } : {}) },
        body: JSON.stringify({
          briefing: copy.briefing,
          ...(baseField?.value ? { base: JSON.parse(baseField.value) } : {}),
        }),
        keepalive: true,
      });
    } catch {
      return tell({ kind: 'kept' });
    }
    if (res.status === 429 || res.status >= 500) {
      // Busy: the copy stays on the phone and goes again when the server says it may.
      timer ??= setTimeout(() => void saveNow(), Number(res.headers.get('Retry-After') ?? 10) * 1000);
      return tell({ kind: 'kept' });
    }
    if (!res.ok) {
      const problem = (await res.json().catch(() => ({}))) as { detail?: string; title?: string };
      return tell({ kind: 'refused', reason: problem.detail ?? problem.title ?? String(res.status) });
    }
    const etag = res.headers.get('ETag') ?? '';
    etagField.value = etag;
    if (!draft) {
      // The new briefing's draft exists now: the page becomes its page, so a reload finds it.
      dropCopy(null);
      draft = ((await res.json()) as { id: string }).id;
      form.dataset.draft = draft;
      form.action = `/editor/drafts/${draft}`;
      history.replaceState(null, '', form.action);
    }
    const latest = readCopy(draft);
    if (latest && latest.at === copy.at) dropCopy(draft);
    else if (latest) keepCopy({ ...latest, etag });
    tell({ kind: 'saved', at: new Date() });
  }

  /** Sends now, or right after the save under way. */
  function saveNow(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (running) {
      again = true;
      return running;
    }
    running = send().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        void saveNow();
      }
    });
    return running;
  }

  const typed = () => {
    keep();
    timer ??= setTimeout(() => void saveNow(), every);
  };
  form.addEventListener('input', typed);
  form.addEventListener('change', typed);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && readCopy(draft)) void saveNow();
  });
  addEventListener('online', () => void saveNow());
  // A submit (Save, Add, Remove) carries the whole form, with the ETag of the last save: one under way
  // finishes first (a new briefing's first one makes its draft), then the button is pressed again.
  form.addEventListener('submit', (event) => {
    // The copy stays until the next page shows the server has it (its ETag moved on): a post made
    // offline fails, and the copy is all there is.
    if (timer === undefined && !running) return draft ? undefined : dropCopy(null);
    event.preventDefault();
    const button = event.submitter as HTMLButtonElement | null;
    void saveNow().then(() => {
      clearTimeout(timer);
      timer = undefined;
      form.requestSubmit(button);
    });
  });
  return { saveNow, pending: () => readCopy(draft) !== null, draft: () => draft };
}
