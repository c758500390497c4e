import { render } from 'preact';
import { followKey, parseFollowKey, type Follow } from '../../model/follow';
import type { Follows } from '../alerts-protocol';
import { AlertOffer } from '../alerts/AlertOffer';
import { dropAlerts } from '../alerts/saved';
import { browseStrings, type BrowseStrings } from '../i18n/browse';
import { LocaleContext, type Locale } from '../i18n/context';
import { Following } from './Following';
import { readFollows, setFollowed, tellWorker } from './store';

// Loaded on the first press of a Follow button, or at once when the reader follows something: shows
// each button's state, and draws "Following" at the top of home.

const buttons = () => document.querySelectorAll<HTMLButtonElement>('button[data-follow]');

/** Each button says whether its situation is followed: pressed, and "Following ✓" in words. */
function paint(words: BrowseStrings): void {
  const keys = new Set(readFollows().map(followKey));
  for (const b of buttons()) {
    const on = keys.has(b.dataset.follow!);
    b.setAttribute('aria-pressed', String(on));
    b.textContent = on ? words.followed : words.follow;
  }
}

/**
 * A briefing offers alerts about itself under its tools; once its situation is followed, that offer
 * makes way for the follow's (one offer, never two stacked), and comes back when the follow is dropped.
 */
const briefingOffer = (shown: boolean) =>
  document.querySelector('.tools .alert-offer')?.toggleAttribute('hidden', !shown);

/** What the alerts of `follow` are for, as the subscription names it. */
const alertsFor = (f: Follow): Partial<Follows> =>
  f.kind === 'country' ? { countries: [f.value] } : f.kind === 'topic' ? { topics: [f.value] } : { stories: [f.value] };

/**
 * Follows, or stops following, what `button` names. A new follow offers its alerts beside the button
 * (the permission is asked only on a tap of that offer); a follow dropped drops its alerts too.
 */
function toggle(button: HTMLButtonElement, locale: Locale): void {
  const follow = parseFollowKey(button.dataset.follow ?? '');
  if (!follow) return;
  const on = button.getAttribute('aria-pressed') !== 'true';
  const name = button.dataset.name ?? follow.value;
  setFollowed({ ...follow, name }, on);
  const key = followKey(follow);
  const offered = document.querySelector(`.follow-alerts[data-for="${CSS.escape(key)}"]`);
  briefingOffer(!on);
  if (on && !offered) {
    const slot = document.createElement('div');
    slot.className = 'follow-alerts';
    slot.dataset.for = key;
    // Under the button's row: at the end of a briefing's situations, after a situation page's tools.
    const row = button.parentElement!;
    if (row.tagName === 'P') row.after(slot);
    else row.append(slot);
    render(
      <LocaleContext.Provider value={locale}>
        <AlertOffer follows={alertsFor(follow)} name={name} />
      </LocaleContext.Provider>,
      slot,
    );
  }
  if (!on) {
    if (offered) {
      render(null, offered);
      offered.remove();
    }
    void dropAlerts(alertsFor(follow));
  }
}

let started = false;

/**
 * Keeps every Follow button's state, and home's "Following", in step with the follows, page after
 * page; `pressed`, when given, is the button whose press loaded this code.
 */
export function activate(main: HTMLElement, locale: Locale, pressed?: HTMLButtonElement | null): void {
  const words = browseStrings(locale.lang);
  if (pressed) toggle(pressed, locale);
  const draw = () => {
    paint(words);
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
  addEventListener('follows', () => paint(words));
  // The app draws another page in <main> (home, a briefing): its buttons and slot are new.
  new MutationObserver(draw).observe(main, { childList: true });
  draw();
}
