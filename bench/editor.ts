// The web editor's first load on a phone: everything an editor signed in for the first time downloads
// to open a new briefing's form (page, stylesheet, script), counted by the proxy, gzipped here (level 9).
import { launchPhone } from '../test/harness/chromium';
import type { DevServer } from '../test/harness/dev-server';
import { signIn } from '../test/harness/sign-in';
import { countingProxy } from './lib/counting-proxy';
import { gz } from './lib/http';
import { kb, type Row } from './lib/report';

export async function editorFirstLoad(server: DevServer): Promise<{ rows: Row[]; details: object }> {
  const proxy = await countingProxy(server.url);
  const context = await launchPhone();
  try {
    await signIn(context, proxy.url);
    const page = await context.newPage();
    // Signing in opens the newsroom's list, which caches the stylesheet and script: a first load has neither.
    await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
    proxy.transfers.length = 0;
    await page.goto(`${proxy.url}/editor/new`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
  } finally {
    await context.close();
    await proxy.close();
  }
  const files = proxy.transfers.map((t) => ({ path: t.path, type: t.type, status: t.status, gzip: gz(t.body) }));
  const total = files.reduce((n, f) => n + f.gzip, 0);
  const script = files.filter((f) => /javascript/.test(f.type)).reduce((n, f) => n + f.gzip, 0);
  return {
    details: { total, files },
    rows: [
      {
        figure: 'editor’s first load (a new briefing’s form)',
        budget: '≤ 30 KB gzip',
        result: `${kb(total)} gzip in ${files.length} responses (script ${kb(script)})`,
        pass: files.length > 0 && total <= 30 * 1024,
      },
    ],
  };
}
