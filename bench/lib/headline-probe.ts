import type { BrowserContext, CDPSession, Page } from 'playwright-core';

const BINDING = '__headlinePainted';

/**
 * Runs in the page before its own code (an init script, outside the CSP): marks the first <h1> for
 * Element Timing as the parser inserts it and reports when its text was first painted (ms since
 * navigation start) through a CDP binding. The same probe runs on ours and on the bare page.
 */
export const HEADLINE_PROBE = `(() => {
  let told = false;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier === 'headline' && !told && window.${BINDING}) { told = true; window.${BINDING}(String(e.renderTime || e.loadTime)); }
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

/**
 * A page that measures its headline. The time is pushed by the binding, never polled for: polling
 * (Playwright's waitForFunction) injects a script into the page mid-layout, delaying the very paint
 * being measured. A phone runs no such script.
 */
export async function probedPage(
  context: BrowserContext,
): Promise<{ page: Page; cdp: CDPSession; headlineAt: (url: string, timeout: number) => Promise<number> }> {
  await context.addInitScript(HEADLINE_PROBE);
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: BINDING });

  /** Navigates and resolves with when the headline was first painted, in ms since navigation start. */
  async function headlineAt(url: string, timeout: number): Promise<number> {
    let listener: ((e: { name: string; payload: string }) => void) | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const painted = new Promise<number>((resolve, reject) => {
      listener = (e) => e.name === BINDING && resolve(Number(e.payload));
      cdp.on('Runtime.bindingCalled', listener);
      timer = setTimeout(() => reject(new Error(`no headline painted within ${timeout} ms at ${url}`)), timeout);
    });
    try {
      await page.goto(url, { waitUntil: 'commit', timeout });
      return await painted;
    } finally {
      clearTimeout(timer);
      if (listener) cdp.off('Runtime.bindingCalled', listener);
    }
  }
  return { page, cdp, headlineAt };
}
