import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPhone } from '../harness/chromium';
import { DevServer } from '../harness/dev-server';
import { signIn } from '../harness/sign-in';
import { fillFields, LAKE_TALKS, pickLikelihood, press, tickTopics } from './newsroom';

// The web editor with JavaScript off: every step up to publishing is a plain form post.

let server: DevServer;
let phone: BrowserContext;

beforeAll(async () => {
  server = await new DevServer().prepare().start();
  phone = await launchPhone({ javaScriptEnabled: false });
  await signIn(phone, server.url);
});

afterAll(async () => {
  await phone?.close();
  await server?.stop();
});

describe('the web editor without JavaScript', () => {
  it('writes, fixes, previews and publishes a briefing of two scenarios and a signpost in French', async () => {
    const page = await phone.newPage();
    await page.goto(`${server.url}/editor?lang=fr`);
    await page.getByRole('link', { name: 'Nouvelle analyse' }).click();
    await fillFields(page, { ...LAKE_TALKS, language: 'fr' });
    await tickTopics(page, ['Eau', 'Climat']);
    await pickLikelihood(page, 0, 'likely');
    await pickLikelihood(page, 1, 'not_assessed');
    await press(page, 'Ajouter un signal');
    expect(page.url()).toMatch(/\/editor\/drafts\/[\w-]+#f-whatComesNext-signposts$/);
    await expect(page.locator('[name="headline"]').inputValue()).resolves.toBe(LAKE_TALKS.headline);
    await fillFields(page, {
      'whatComesNext.signposts[0].indicator': 'La commission propose un calendrier',
      'whatComesNext.signposts[0].effects[0].scenarioId': 'schedule-accepted',
    });
    await press(page, 'Enregistrer le brouillon');
    // In French, next to its field.
    await expect(page.locator('#f-whatComesNext-scenarios-0-likelihood-percent-p').innerText()).resolves.toBe(
      'doit être entre 55 et 80\u202f% pour ce terme',
    );
    await expect(page.locator('.problems h2').innerText()).resolves.toBe('1 point à corriger avant publication');
    await page.locator('[name="whatComesNext.scenarios[0].likelihood.percent"]').fill('');
    await press(page, 'Enregistrer le brouillon');
    await expect(page.locator('.ready').innerText()).resolves.toBe('Prêt à publier\u202f: rien à corriger.');

    await page.getByRole('link', { name: 'Aperçu · Publier' }).first().click();
    await page.getByRole('link', { name: 'Aperçu', exact: true }).click();
    await expect(page.locator('h1').innerText()).resolves.toBe(LAKE_TALKS.headline);
    await page.goBack();
    await press(page, 'Publier maintenant');
    expect(page.url()).toBe(`${server.url}/editor/briefings/lake-talks?r=1`);
    await page.goto(`${server.url}/briefings/lake-talks?lang=fr`);
    await expect(page.locator('h1').innerText()).resolves.toBe(LAKE_TALKS.headline);
    await expect(page.locator('a[href="/topics/water"]').first().innerText()).resolves.toBe('Eau');
    await page.close();
  });
});
