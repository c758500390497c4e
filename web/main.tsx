// The PWA's entry, loaded as a deferred module after the server's page has painted:
// hydrates that page with the same components, keeps the feed saved for offline reading,
// and adds the app's chrome (freshness, install, settings, the update prompt).
import { render } from 'preact';
import { AppBar } from './components/pwa/AppBar';
import { createRouter } from './app/router';
import { savedFeed } from './app/data';
import { install, watchInstall } from './app/install';
import { registerServiceWorker } from './app/service-worker';
import { createAppState, type Actions } from './app/state';
import { keepSaved, readStorage } from './app/storage';
import { createSync } from './app/sync';
import { LocaleContext } from './i18n/context';
import { en } from './i18n/en';
import type { Feed } from './briefing/types';

const state = createAppState();
const locale = { lang: document.documentElement.lang || 'en', t: en };
const main = document.getElementById('main');
const masthead = document.querySelector('.masthead');

if (main && masthead) {
  const router = createRouter(state, locale, main);
  const onFeed = (feed: Feed) => {
    state.feed.value = feed;
    void router.refresh(feed);
  };
  const sync = createSync(state, onFeed);
  const worker = registerServiceWorker(state, () => void sync());

  const actions: Actions = {
    reload: worker.reload,
    install: () => void install(state),
    keepSaved: () => void keepSaved(state),
    openSettings(open) {
      state.settingsOpen.value = open;
      if (open) void readStorage(state);
    },
  };
  const bar = document.createElement('div');
  masthead.after(bar);
  render(
    <LocaleContext.Provider value={locale}>
      <AppBar state={state} actions={actions} />
    </LocaleContext.Provider>,
    bar,
  );

  watchInstall(state);
  addEventListener('online', () => {
    state.online.value = true;
    void sync();
  });
  addEventListener('offline', () => (state.online.value = false));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible') return;
    state.now.value = Date.now();
    worker.update();
    void sync();
  });
  setInterval(() => (state.now.value = Date.now()), 60_000);

  // What this phone saved renders at once; then the network is asked for anything newer.
  void savedFeed()
    .catch(() => undefined)
    .then((saved) => {
      if (saved) {
        state.syncedAt.value = saved.at;
        onFeed(saved.feed);
      }
      return sync();
    });
}
