// The PWA's entry, loaded as a deferred module after the server's page has painted:
// hydrates that page with the same components, keeps the feed saved for offline reading,
// and adds the app's chrome (freshness, install, settings, the update prompt).
import { AppBar } from './components/pwa/AppBar';
import { createRouter } from './app/router';
import { savedFeed } from './saved-feed';
import { watchBriefingTools } from './app/briefing-tools';
import { watchAskFirst } from './app/data-care';
import { watchFollows } from './app/follows';
import { registerServiceWorker } from './app/service-worker';
import { install, watchInstall } from './app/install';
import { createAppState } from './app/state';
import { mount } from './app/mount';
import { keepSaved, readStorage } from './app/storage';
import { createSync } from './app/sync';
import { LocaleContext } from './i18n/context';
import { pageLocale } from './i18n/page-locale';
import { PAGE_DATA } from './sw-protocol';
import { outlookLanguages } from './i18n/outlook-languages';
import type { BriefingIndex } from '../model/types';

// A build can be labelled (VITE_BUILD=…), so tests can tell which version runs; unlabelled, this is compiled away.
if (import.meta.env.VITE_BUILD) document.documentElement.dataset.build = import.meta.env.VITE_BUILD;

// The page is whole once the app runs, even where the app came before the first paint (the service
// worker's offline frame starts it itself): what it draws and reads is all laid out (worker/render/loader.ts).
document.documentElement.classList.remove('early');

const state = createAppState();
const locale = pageLocale;
// Each language's words are a small file of their own, fetched beside the app (the page's loader
// asks for it as it asks for the app) by that language's readers only.
const stringsReady = (locale.lang === 'fr' ? import('./i18n/strings-fr') : import('./i18n/strings-en')).then((m) => {
  locale.t = m.strings;
  outlookLanguages[locale.lang] = m.outlook;
});
const main = document.getElementById('main');
const masthead = document.querySelector('.masthead');

if (main && masthead)
  void stringsReady.then(() => {
    const router = createRouter(state, locale, main);
    const onFeed = (feed: BriefingIndex) => {
      state.feed.value = feed;
      router.refresh(feed);
    };
    const sync = createSync(state, onFeed);
    const worker = registerServiceWorker(state, sync);

    // The page's own container (a page saved by an older build has none: one is added).
    let bar = document.querySelector('.appbar');
    if (!bar) masthead.after((bar = document.createElement('div')));
    mount(
      () => (
        <LocaleContext.Provider value={locale}>
          <AppBar
            state={state}
            actions={{
              reload: worker.reload,
              install: () => install(state),
              keepSaved: () => keepSaved(state),
              openSettings(open) {
                state.settingsOpen.value = open;
                if (open) void readStorage(state);
              },
            }}
          />
        </LocaleContext.Provider>
      ),
      bar,
    );

    watchInstall(state);
    watchBriefingTools(main, locale, () =>
      state.view.value?.kind === 'briefing' ? state.view.value.briefing : undefined,
    );
    watchAskFirst(locale);
    watchFollows(main, locale);
    addEventListener('offline', () => (state.online.value = false));
    addEventListener('online', () => {
      state.online.value = true;
      void sync();
    });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState !== 'visible') return;
      state.now.value = Date.now();
      worker.update();
      void sync();
    });
    setInterval(() => (state.now.value = Date.now()), 60_000);

    // What this phone saved renders at once; then the network is asked for anything newer. On a first visit
    // to a briefing, the service worker about to take the page makes that sync, without the briefing the
    // page brought (web/sw/sync.ts); the page syncs itself where no worker comes.
    void savedFeed().then(
      async (saved) => {
        if (saved) {
          state.syncedAt.value = saved.at;
          onFeed(saved.feed);
        }
        await router.settle(saved?.feed);
        return !saved && worker.installing && document.getElementById(PAGE_DATA)
          ? worker.failed.then(() => sync())
          : sync();
      },
      () => sync(),
    );
  });
