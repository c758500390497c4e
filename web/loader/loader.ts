/**
 * The page's one inline script, built and minified by `npm run build` (scripts/vite/loader.ts) and
 * inlined by the worker, which the CSP allows by its hash. It starts the app only once the first
 * contentful paint has been presented, so the headline and the text paint with nothing else fetched.
 */
import { LAID_OUT_AFTER_FIRST_PAINT } from '../styles/laid-out';
import { APP_SCRIPT_PLACEHOLDER } from './placeholder';

// The build wraps all this in a function: none of these names leaks into the page's globals.
const root = document.documentElement;
// `app` gives the app bar's empty container its height before the first paint (web/styles/critical.ts),
// so filling it moves nothing; `early` keeps the sections out of view from being laid out until then.
root.classList.add('app', 'early');
// Chrome offers installing once, maybe before the app runs: the prompt is kept for the app's own button.
addEventListener('beforeinstallprompt', (e) => {
  e.preventDefault();
  (window as { installPrompt?: Event }).installPrompt = e;
});

function startApp() {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = APP_SCRIPT_PLACEHOLDER;
  document.head.appendChild(script);
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
