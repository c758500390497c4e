import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPhone } from '../harness/chromium';
import { DevServer } from '../harness/dev-server';

let server: DevServer;
let browser: BrowserContext;

beforeAll(async () => {
  server = await new DevServer().prepare().start();
  browser = await launchPhone({ javaScriptEnabled: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a briefing read with JavaScript disabled', () => {
  it('shows the outlook at a glance before the first section, and one "What comes next" heading', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/briefings/niger-bazoum-coalition`);
    const order = await page.evaluate(() => {
      const text = document.querySelector('article')!.textContent!;
      const firstSection = document.querySelector('article section > h2')!.textContent!;
      return ['A strong, unified response isolates the junta', 'A tepid reaction', firstSection].map((s) =>
        text.indexOf(s),
      );
    });
    expect(order[0]).toBeGreaterThan(-1);
    expect(order[1]).toBeGreaterThan(-1);
    expect(Math.max(order[0], order[1])).toBeLessThan(order[2]);
    await expect(page.locator('.glance').innerText()).resolves.toMatch(/A tepid reaction:\s*Not assessed/);
    const headings = await page.locator('h2, h3').allInnerTexts();
    expect(headings.filter((h) => /what comes next/i.test(h))).toEqual(['What comes next']);
    // Each scenario's details open without JavaScript.
    await page.locator('.scenario summary').first().click();
    await expect(page.locator('.scenario details').first().getAttribute('open')).resolves.toBe('');
    await expect(page.locator('.scenario dd').first().isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('shows the headline, all four section headings, both scenarios and the RFI credit', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/briefings/niger-bazoum-coalition`);
    await expect(page.locator('h1').innerText()).resolves.toContain('International Coalition Intensifies Pressure');
    const headings = await page.locator('article section > h2').allInnerTexts();
    expect(headings).toEqual(
      expect.arrayContaining([
        'Open Letter Catalyzes Global Response',
        'Beyond a Political Detention: The Strategic Stakes',
        'A Litmus Test for West African Democracy',
        'What comes next',
      ]),
    );
    const scenarios = await page.locator('.scenario h3').allInnerTexts();
    expect(scenarios).toHaveLength(2);
    expect(scenarios[0]).toContain('A strong, unified response isolates the junta');
    expect(scenarios[1]).toContain('A tepid reaction');
    await expect(page.locator('.sources').innerText()).resolves.toMatch(/Primary source:\s*RFI/);
    await page.screenshot({ path: 'test-results/briefing-no-js.png', fullPage: false });
  });

  it('lists the sample on the home page and links to it', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: /International Coalition Intensifies Pressure/ }).click();
    await expect(page.url()).toBe(`${server.url}/briefings/niger-bazoum-coalition`);
  });
});

describe('choices made without JavaScript', () => {
  it('switches the interface to French by a plain link, and keeps it', async () => {
    await browser.clearCookies();
    const page = await browser.newPage();
    await page.goto(`${server.url}/briefings/niger-bazoum-coalition`);
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'Français' }).click()]);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(page.locator('#outlook-h').innerText()).resolves.toBe('Et maintenant\u202f?');
    await page.goto(`${server.url}/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'English' }).click()]);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.close();
  });

  it('changes the text size and the theme by plain links, back on the same page, and keeps them', async () => {
    await browser.clearCookies();
    const page = await browser.newPage();
    await page.goto(`${server.url}/briefings/niger-bazoum-coalition`);
    const fontSize = () => page.evaluate(() => getComputedStyle(document.body).fontSize);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // A link goes to /prefs and back: wait for the page it comes back to.
    const follow = (name: string) => Promise.all([page.waitForEvent('load'), page.getByRole('link', { name }).click()]);
    expect(await fontSize()).toBe('17px');
    await follow('Larger');
    expect(page.url()).toBe(`${server.url}/briefings/niger-bazoum-coalition`);
    expect(await fontSize()).toBe('21.25px');
    await expect(page.getByRole('link', { name: 'Larger' }).getAttribute('aria-current')).resolves.toBe('true');
    await follow('Dark');
    expect(await background()).toBe('rgb(18, 18, 18)');
    // Kept on the next page, and the phone's own setting no longer decides.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${server.url}/`);
    expect([await fontSize(), await background()]).toEqual(['21.25px', 'rgb(18, 18, 18)']);
    await follow('Automatic');
    expect(await background()).toBe('rgb(255, 253, 248)');
    await page.close();
  });
});
