import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPhone } from './chromium';
import { DevServer } from './server';

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
        'What Comes Next?',
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
