import { LAID_OUT_AFTER_FIRST_PAINT } from '../../web/styles/critical';
import { cspSource } from '../http/csp-hash';

/**
 * The app starts only once the page has loaded and its first contentful paint has been presented:
 * the headline and the text paint first, with nothing else fetched on the way (a module script in
 * <head> is deferred, yet still joins the critical path of a slow first visit; two frame callbacks
 * after `load` proved too soon where frames are produced without being shown, so Lighthouse counted
 * the app's download before the first paint). Where Paint Timing is missing, those two frames it is.
 * A tab opened in the background paints, and so starts the app, once it is seen. This small inline
 * loader is allowed by its hash in the CSP, never as inline script.
 *
 * Until that first paint the page carries the class `early`, under which the sections out of view are
 * not laid out (content-visibility, web/styles/critical.ts): the first frame lays out the headline's
 * screen, not the whole briefing, the largest part of a slow phone's wait after the bytes arrive.
 * Lifted as soon as the frame is shown, a section per frame (all at once made one long task, which
 * Lighthouse counts as blocking), so the page is whole again long before anyone could scroll or the
 * app read it (innerText skips what is not laid out); without JavaScript the class never comes.
 */
export function loaderScript(src: string): string {
  const start = `function s(){var e=document.createElement("script");e.type="module";e.src=${JSON.stringify(src)};document.head.appendChild(e)}`;
  // After the first paint: each deferred part laid out in a frame of its own, then the page is whole and the app starts.
  const painted = `function g(){var e=document.querySelectorAll(${JSON.stringify(LAID_OUT_AFTER_FIRST_PAINT)}),i=0;(function f(){if(i<e.length){e[i++].setAttribute("data-laid","");requestAnimationFrame(f)}else{d.classList.remove("early");for(i=0;i<e.length;i++)e[i].removeAttribute("data-laid");document.readyState=="complete"?setTimeout(s):addEventListener("load",function(){setTimeout(s)})}})()}`;
  // An unsupported entry type is ignored, not refused: the observer would wait forever, hence the check.
  const onPaint = `var P=window.PerformanceObserver;P&&(P.supportedEntryTypes||[]).indexOf("paint")>=0?new P(function(l,o){l.getEntriesByName("first-contentful-paint").length&&(o.disconnect(),g())}).observe({type:"paint",buffered:!0}):addEventListener("load",function(){requestAnimationFrame(function(){requestAnimationFrame(g)})})`;
  // The class `app` gives the app bar's empty container its height before the first paint (web/styles/critical.ts),
  // so filling it moves nothing; where no script runs, it stays empty and takes no room.
  // Chrome offers installing once, maybe before the app runs: the prompt is kept for the app's own button.
  // In a function of its own: no name of the loader's leaks into the page's globals.
  return `!function(){var d=document.documentElement;d.classList.add("app","early");addEventListener("beforeinstallprompt",function(e){e.preventDefault();window.installPrompt=e});${start}${painted}${onPaint}}()`;
}

const sources = new Map<string, Promise<string>>();

/** The CSP source that allows the loader of `src`, hashed once per build and isolate. */
export function loaderSource(src: string): Promise<string> {
  let source = sources.get(src);
  if (!source) sources.set(src, (source = cspSource(loaderScript(src))));
  return source;
}
