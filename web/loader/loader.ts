/**
 * The page's last inline script, built and minified by `npm run build` (scripts/vite/loader.ts) and
 * inlined by the worker at the end of <body>, which the CSP allows by its hash (web/loader/head.ts sets
 * the classes the first paint needs). It starts the app only once the first contentful paint has been
 * presented, so the headline and the text paint with nothing else fetched.
 */
import { LAID_OUT_AFTER_FIRST_PAINT } from '../styles/laid-out';
import { APP_SCRIPT_PLACEHOLDER, STRINGS_SCRIPTS_PLACEHOLDER } from './placeholder';

// The build wraps all this in a function: none of these names leaks into the page's globals.
const root = document.documentElement;
// Chrome offers installing once, maybe before the app runs: the prompt is kept for the app's own button.
addEventListener('beforeinstallprompt', (e) => {
  e.preventDefault();
  (window as { installPrompt?: Event }).installPrompt = e;
});

// The app and its reader's words, fetched side by side (the app imports the words: one request each).
function startApp() {
  const strings = (STRINGS_SCRIPTS_PLACEHOLDER as unknown as Record<string, string>)[root.lang];
  for (const src of strings ? [strings, APP_SCRIPT_PLACEHOLDER] : [APP_SCRIPT_PLACEHOLDER]) {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    document.head.appendChild(script);
  }
}

// Each deferred part laid out in a frame of its own (all at once is one long task), then the page is
// whole and the app starts after `load`.
function painted() {
  const parts = document.querySelectorAll(LAID_OUT_AFTER_FIRST_PAINT);
  let i = 0;
  (function layOutNext() {
    if (i < parts.length) {
      parts[i++].setAttribute('data-laid', '');
      requestAnimationFrame(layOutNext);
      return;
    }
    root.classList.remove('early');
    for (i = 0; i < parts.length; i++) parts[i].removeAttribute('data-laid');
    if (document.readyState === 'complete') setTimeout(startApp);
    else addEventListener('load', () => setTimeout(startApp));
  })();
}

// A frame callback can run for a frame that is never shown; the paint entry says it was. An
// unsupported entry type is ignored, not refused: the observer would wait forever, hence the check.
const Observer = window.PerformanceObserver;
if (Observer && (Observer.supportedEntryTypes || []).indexOf('paint') >= 0) {
  new Observer((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length) {
      observer.disconnect();
      painted();
    }
  }).observe({ type: 'paint', buffered: true });
} else {
  addEventListener('load', () => requestAnimationFrame(() => requestAnimationFrame(painted)));
}
