/** The pages the app renders itself; every other address is left to the browser (and the service worker). */
export type Route = { kind: 'home' } | { kind: 'briefing'; id: string };

export function routeOf(url: URL): Route | null {
  if (url.origin !== location.origin || url.search) return null;
  if (url.pathname === '/') return { kind: 'home' };
  const m = /^\/briefings\/([a-z0-9-]{1,64})$/.exec(url.pathname);
  return m ? { kind: 'briefing', id: m[1] } : null;
}
