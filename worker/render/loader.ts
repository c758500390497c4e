import { cspSource } from '../http/csp-hash';

/**
 * The app starts only after the page has loaded and painted: the headline and the text paint first,
 * with nothing else fetched on the way (a module script in <head> is deferred, yet still joins the
 * critical path of a slow first visit; started at `load`, it could still precede a fast first paint:
 * the second frame callback runs once the first frame has been painted). It also waits for a tab
 * opened in the background to be seen. This small inline loader is allowed by its hash in the CSP,
 * never as inline script.
 */
export function loaderScript(src: string): string {
  // The class gives the app bar's empty container its height before the first paint (web/styles/critical.ts),
  // so filling it moves nothing; where no script runs, it stays empty and takes no room.
  // Chrome offers installing once, maybe before the app runs: the prompt is kept for the app's own button.
  return `document.documentElement.classList.add("app");addEventListener("beforeinstallprompt",function(e){e.preventDefault();window.installPrompt=e});addEventListener("load",function(){requestAnimationFrame(function(){requestAnimationFrame(function(){var s=document.createElement("script");s.type="module";s.src=${JSON.stringify(src)};document.head.appendChild(s)})})})`;
}

const sources = new Map<string, Promise<string>>();

/** The CSP source that allows the loader of `src`, hashed once per build and isolate. */
export function loaderSource(src: string): Promise<string> {
  let source = sources.get(src);
  if (!source) sources.set(src, (source = cspSource(loaderScript(src))));
  return source;
}
