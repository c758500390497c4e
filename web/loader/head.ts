/**
 * The one script in a page's <head>, inlined by the worker and allowed by its hash. `app` gives the app
 * bar's empty container its height before the first paint (web/styles/critical.ts), so filling it moves
 * nothing; `early` keeps the sections out of view from being laid out until then. The rest of the loader
 * (web/loader/loader.ts) comes last in <body>: on 2G every byte before the headline delays it.
 */
export const HEAD_SCRIPT = "document.documentElement.classList.add('app','early')";
