import { render } from 'preact';
import { followKey, parseFollowKey } from '../../model/follow';
import { LocaleContext, type Locale } from '../i18n/context';
import { Following } from './Following';
import { readFollows, setFollowed, tellWorker } from './store';

// Loaded on the first press of a Follow button, or at once when the reader follows something: shows
// each button's state, and draws "Following" at the top of home.

const buttons = () => document.querySelectorAll<HTMLButtonElement>('button[data-follow]');

function paint(): void {
  const keys = new Set(readFollows().map(followKey));
  for (const b of buttons()) b.setAttribute('aria-pressed', String(keys.has(b.dataset.follow!)));
}

/** Follows, or stops following, what `button` names. */
function toggle(button: HTMLButtonElement): void {
  const follow = parseFollowKey(button.dataset.follow ?? '');
  if (follow)
    setFollowed(
      { ...follow, name: button.dataset.name ?? follow.value },
      button.getAttribute('aria-pressed') !== 'true',
    );
}

let started = false;

/**
 * Keeps every Follow button's state, and home's "Following", in step with the follows, page after
 * page; `pressed`, when given, is the button whose press loaded this code.
 */
export function activate(main: HTMLElement, locale: Locale, pressed?: HTMLButtonElement | null): void {
  if (pressed) toggle(pressed);
  const draw = () => {
    paint();
    const slot = main.querySelector<HTMLElement>('#following:not([data-on])');
    if (!slot) return;
    slot.dataset.on = '';
    render(
      <LocaleContext.Provider value={locale}>
        <Following />
      </LocaleContext.Provider>,
      slot,
    );
  };
  if (started) return;
  started = true;
  // A follow made before this phone's service worker ran (or before a reset) is saved now; a press
  // tells the worker itself.
  if (!pressed) tellWorker(readFollows());
  addEventListener('follows', paint);
  // The app draws another page in <main> (home, a briefing): its buttons and slot are new.
  new MutationObserver(draw).observe(main, { childList: true });
  draw();
}
