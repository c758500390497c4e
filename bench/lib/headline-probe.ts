/**
 * Runs in the page before any of its own code (an init script, so no CSP applies): marks the first
 * <h1> for Element Timing as the parser inserts it, before it can be painted, and keeps the time its
 * text was first painted (ms since navigation start) in `__headline`. The same probe on every page
 * measured, ours and the bare one.
 */
export const HEADLINE_PROBE = `(() => {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier === 'headline' && !window.__headline) window.__headline = e.renderTime || e.loadTime;
  }).observe({ type: 'element', buffered: true });
  const mark = () => {
    const h1 = document.querySelector('h1');
    if (h1 && !h1.hasAttribute('elementtiming')) { h1.setAttribute('elementtiming', 'headline'); return true; }
    return false;
  };
  if (!mark()) {
    const mo = new MutationObserver(() => { if (mark()) mo.disconnect(); });
    mo.observe(document, { childList: true, subtree: true });
  }
})();`;
