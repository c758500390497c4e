// The newsroom editor's one script, loaded only on /editor pages (never by readers' pages, never in their
// service worker). Pages work without it; it saves drafts as the editor types, keeps a copy on the phone
// while offline and sends it when the connection returns.
import './editor.css';
import { autosave, type SaveState } from './autosave';
import { fillForm } from './fill-form';
import { readCopy } from './offline-copy';

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
  // A copy typed here earlier and never sent (offline, then the page closed) wins over the server's older text.
  const earlier = readCopy(form.dataset.draft || null);
  if (earlier) fillForm(form, earlier.briefing);
  const saver = autosave(form, tell);
  if (earlier) void saver.saveNow();
}
