import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPhone } from '../harness/chromium';
import { readToTheEnd } from './pwa';
import { DevServer } from '../harness/dev-server';

// WCAG 2.2 AA as axe checks it, on every screen a reader sees, in both languages and in every way a
// theme can come about: the phone's setting, and the reader's choice overriding it either way.

let server: DevServer;
let browser: BrowserContext;

beforeAll(async () => {
  server = await new DevServer().prepare().start();
  browser = await launchPhone();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const THEMES = [
  { name: 'light (the phone’s setting)', scheme: 'light', saved: undefined, dark: false },
  { name: 'dark (the phone’s setting)', scheme: 'dark', saved: undefined, dark: true },
  { name: 'dark (chosen on a light phone)', scheme: 'light', saved: 'dark', dark: true },
  { name: 'light (chosen on a dark phone)', scheme: 'dark', saved: 'light', dark: false },
] as const;

const SETTINGS = { en: 'Settings', fr: 'Paramètres' };

const SCREENS: { name: string; path: string; open?: (page: Page, lang: 'en' | 'fr') => Promise<void> }[] = [
  { name: 'home', path: '/' },
  {
    name: 'briefing',
    path: '/briefings/niger-bazoum-coalition',
    // With the tools the app adds under it once the reader nears them (share; read aloud where there is a voice).
    async open(page) {
      await readToTheEnd(page);
      await page.locator('.tools button').first().waitFor({ timeout: 20_000 });
    },
  },
  { name: 'offline', path: '/offline' },
  {
    name: 'settings',
    path: '/',
    async open(page, lang) {
      await page.getByRole('button', { name: SETTINGS[lang] }).click({ timeout: 20_000 });
      // With the reading settings, whose code arrives when the panel first opens.
      await page.locator('#settings [role="group"]').first().waitFor();
    },
  },
];

/** axe's findings, as lines a failure message can show: the rule, and where. */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return found.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? v.help}`),
  );
}

describe.each(['en', 'fr'] as const)('in %s', (lang) => {
  describe.each(THEMES)('theme $name', ({ scheme, saved, dark }) => {
    it.each(SCREENS)('the $name screen has no accessibility violations', async ({ path, open }) => {
      await browser.clearCookies();
      if (saved) await browser.addCookies([{ name: 'theme', value: saved, url: server.url }]);
      const page = await browser.newPage();
      try {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${server.url}${path}?lang=${lang}`);
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
        // The theme really is the one named: the page's background says so.
        await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe(
          dark ? 'rgb(18, 18, 18)' : 'rgb(255, 253, 248)',
        );
        await open?.(page, lang);
        expect(await violations(page)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
});

describe('by keyboard', () => {
  it('starts with a visible skip link to the content, then reaches every control, each with a visible focus ring', async () => {
    await browser.clearCookies();
    const page = await browser.newPage();
    await page.goto(`${server.url}/briefings/niger-bazoum-coalition?lang=en`);
    await page.getByRole('button', { name: 'Settings' }).waitFor({ timeout: 20_000 });

    /** What has focus now: its text or label, and whether a focus ring shows, on screen. */
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        el.scrollIntoView({ block: 'center' });
        const shown = el.getBoundingClientRect();
        return {
          body: el === document.body,
          name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          onScreen: box.width > 0 && shown.left >= 0 && shown.right <= innerWidth,
          afterMain: Boolean(
            document.getElementById('main')!.compareDocumentPosition(el) &
            (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY),
          ),
        };
      });

    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ name: 'Skip to content', ring: true, onScreen: true });
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    await page.keyboard.press('Tab');
    expect((await focused()).afterMain).toBe(true);

    // From the top again, every stop of the page in order.
    await page.goto(`${server.url}/briefings/niger-bazoum-coalition`);
    await page.getByRole('button', { name: 'Settings' }).waitFor({ timeout: 20_000 });
    const stops: Awaited<ReturnType<typeof focused>>[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const stop = await focused();
      // Past the last control, focus leaves the page (or comes round to the first again). Each
      // scenario's <details> has the same summary, so a name may repeat on the way.
      if (stop.body || (stops.length > 0 && stop.name === stops[0].name)) break;
      stops.push(stop);
    }
    const names = stops.map((s) => s.name);
    expect(names[0]).toBe('Skip to content');
    expect(names).toEqual(
      expect.arrayContaining(['Français', 'The full outlook ↓', 'Conditions and outcome', 'Settings', 'Large', 'Dark']),
    );
    for (const stop of stops) expect(stop, stop.name).toMatchObject({ ring: true, onScreen: true });
    await page.close();
  });
});

describe('motion', () => {
  it('runs no animation or transition when the reader asks for reduced motion', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${server.url}/briefings/niger-bazoum-coalition`);
    await page.getByRole('button', { name: 'Settings' }).click({ timeout: 20_000 });
    const moving = await page.evaluate(
      () =>
        Array.from(document.querySelectorAll('*')).filter((el) => {
          const s = getComputedStyle(el);
          return s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || s.animationName !== 'none';
        }).length,
    );
    expect(moving).toBe(0);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await page.close();
  });
});
