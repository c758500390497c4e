// The newsroom editor's one script, loaded only on /editor pages (never by readers' pages, never in their
// service worker). Pages work without it; it saves drafts as the editor types, keeps a copy on the phone
// while offline and sends it when the connection returns.
import './editor.css';
import { autosave, type SaveState } from './autosave';
import { fillForm } from './fill-form';
import { dropCopy, readCopy } from './offline-copy';

const form = document.querySelector<HTMLFormElement>('form.draft');
if (form) {
  const status = form.querySelector('output.status');
  const words = JSON.parse(form.dataset.words ?? '{}') as Record<string, string>;
  const time = (at: Date) =>
    at.toLocaleTimeString(document.documentElement.lang, { hour: '2-digit', minute: '2-digit' });
  const tell = (state: SaveState) => {
    if (!status) return;
    status.textContent =
      state.kind === 'saving'
        ? words.saving
        : state.kind === 'saved'
          ? words.saved.replace('{time}', time(state.at))
          : state.kind === 'kept'
            ? words.savedOnPhone
            : words.notSaved.replace('{reason}', state.reason);
  };
  // A copy typed over this very version and never sent (offline, then the page closed) wins over the
  // server's text; a copy of an older version was saved since, by a post of the form.
  const draft = form.dataset.draft || null;
  const etag = (form.elements.namedItem('_etag') as HTMLInputElement).value;
  let earlier = readCopy(draft);
  if (earlier && earlier.etag !== etag) {
    dropCopy(draft);
    earlier = null;
  }
  if (earlier) fillForm(form, earlier.briefing);
  const saver = autosave(form, tell);
  if (earlier) void saver.saveNow();
}
