import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPhone } from '../harness/chromium';
import { DevServer } from '../harness/dev-server';
import { ACCESS_AUD } from '../harness/access';
import { AccessKeys } from '../harness/access-keys';
import { htmlErrors, type CheckedPage } from '../harness/vnu';
import { signIn } from '../harness/sign-in';
import { TEST_TOKEN } from '../harness/token';
import { LOCAL_EDITOR } from '../../worker/store/editors';
import { fillFields, fromAddress, LAKE_TALKS, pickLikelihood, press, tickTopics } from './newsroom';

// The web editor on a 360×740 phone, signed in with the local sign-in: a briefing written, checked,
// previewed and published, then its outlook moved and resolved, then translated; a draft typed offline;
// two editors on one briefing; axe on every editor page. And Cloudflare Access in front of the same
// server, its keys served on loopback https: checked first and last, since the worker fetches the keys
// again for a rotated one only after a cooldown that the editor's tests meanwhile outlast.

// docs/editors.md's screenshots: `BRIEFING_SCREENSHOTS=docs/screenshots npx vitest run --project browser editor.test` remakes them.
const SHOTS = process.env.BRIEFING_SCREENSHOTS ?? 'test-results';
const shoot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/editor-${name}.png` });

let server: DevServer;
let phone: BrowserContext;
let keys: AccessKeys;

beforeAll(async () => {
  keys = await new AccessKeys().start();
  await keys.publish('key-1');
  server = await new DevServer()
    .prepare()
    .start({ vars: { ACCESS_TEAM_DOMAIN: keys.team, ACCESS_AUD }, env: { NODE_EXTRA_CA_CERTS: keys.certPath } });
  phone = await launchPhone();
  await fromAddress(phone, 1);
  await signIn(phone, server.url);
});

afterAll(async () => {
  await phone?.close();
  await server?.stop();
  await keys?.stop();
});

/** jose's cooldown: a key the worker does not hold makes it fetch the keys again at most this often. */
const COOLDOWN_MS = 30_000;
let firstFetchAt = 0;
const me = (jwt: string) => fetch(`${server.url}/api/me`, { headers: { 'Cf-Access-Jwt-Assertion': jwt } });

describe('an editor signed in by Cloudflare Access', () => {
  it('is let in by a token Access’s published key signs, the keys fetched once for many requests', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await me(await keys.token(LOCAL_EDITOR.email, 'key-1'));
      expect(res.status).toBe(200);
      expect(((await res.json()) as { name: string }).name).toBe(LOCAL_EDITOR.name);
      firstFetchAt ||= Date.now();
    }
    expect(keys.fetches).toBe(1);
    const otherApp = await me(await keys.token(LOCAL_EDITOR.email, 'key-1', { aud: 'another-application' }));
    expect(otherApp.status).toBe(401);
    const forged = await me(await keys.token(LOCAL_EDITOR.email, 'key-2'));
    expect([forged.status, ((await forged.json()) as { detail: string }).detail]).toEqual([
      401,
      'The Access token was refused: it is signed by a key Access does not publish.',
    ]);
    // Access publishes its next key before it signs with it (the last test of this file).
    await keys.publish('key-2');
  });
});

const violations: string[] = [];
/** What axe finds on the page as it is (a page a post answered cannot be opened again by its address). */
async function axeFinds(page: Page, name: string): Promise<void> {
  await page.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
  const found = await new AxeBuilder({ page }).analyze();
  violations.push(...found.violations.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`));
}

const problemOf = (page: Page, name: string) => page.locator(`#f-${name.replace(/[^a-zA-Z0-9]+/g, '-')}-p`);

describe('an editor on a phone', () => {
  it('writes a briefing of two scenarios and a signpost, fixes the error shown at its field, previews and publishes it', async () => {
    const page = await phone.newPage();
    await page.goto(`${server.url}/editor`);
    await page.getByRole('link', { name: 'New briefing' }).click();
    await page.waitForURL(/\/editor\/new$/);
    await fillFields(page, LAKE_TALKS);
    await tickTopics(page, ['Water', 'Climate']);
    await pickLikelihood(page, 0, 'likely');
    await pickLikelihood(page, 1, 'not_assessed');
    await press(page, 'Add a signpost');
    expect(page.url()).toMatch(/\/editor\/drafts\/[\w-]+#f-whatComesNext-signposts$/);
    await fillFields(page, {
      'whatComesNext.signposts[0].indicator': 'The commission proposes a release schedule',
      'whatComesNext.signposts[0].effects[0].scenarioId': 'schedule-accepted',
    });
    await press(page, 'Save draft');
    await axeFinds(page, 'the form with a problem');
    // The percent is outside "likely": said next to its field, and the rest of the draft kept.
    await expect(problemOf(page, 'whatComesNext.scenarios[0].likelihood.percent').innerText()).resolves.toBe(
      'must be within 55–80% for "likely"',
    );
    await expect(page.locator('[name="headline"]').inputValue()).resolves.toBe(LAKE_TALKS.headline);
    // Listed at the top by the field's own words, not its JSON path.
    await expect(page.locator('.problems li').innerText()).resolves.toBe(
      'Scenario “Both capitals accept the schedule” · Likelihood · Percent, within the term’s range (optional): must be within 55–80% for "likely"',
    );
    await expect(
      page.locator('[name="topics"]:checked').evaluateAll((all) => all.map((i) => i.getAttribute('value'))),
    ).resolves.toEqual(['climate', 'water']);
    await page.locator('#f-topics').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shoot(page, 'topics');
    await problemOf(page, 'whatComesNext.scenarios[0].likelihood.percent').evaluate((el) =>
      el.scrollIntoView({ block: 'center' }),
    );
    await shoot(page, 'problem');
    await page.locator('[name="whatComesNext.scenarios[0].likelihood.percent"]').fill('');
    await press(page, 'Save draft');
    await expect(page.locator('.ready').innerText()).resolves.toBe('Ready to publish: nothing to fix.');

    await page.getByRole('link', { name: 'Preview · Publish' }).first().click();
    await page.waitForURL(/\/review$/);
    await axeFinds(page, 'the review');
    await expect(page.locator('.changes').innerText()).resolves.toContain('Publishing would put this briefing online.');
    await shoot(page, 'review');
    await page.getByRole('link', { name: 'Preview', exact: true }).click();
    await expect(page.locator('h1').innerText()).resolves.toBe(LAKE_TALKS.headline);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.goBack();
    await press(page, 'Publish now');
    expect(page.url()).toBe(`${server.url}/editor/briefings/lake-talks?r=1`);
    await expect(page.locator('.notice').innerText()).resolves.toBe('Done: revision 1 is live.');
    await page.close();
  });

  it('moves a likelihood and resolves a scenario, each confirmed by what readers and followers get', async () => {
    const page = await phone.newPage();
    await page.goto(`${server.url}/editor/briefings/lake-talks`);
    await page.getByText('Move the likelihood').first().click();
    await page
      .getByRole('radio', { name: /Very likely/ })
      .first()
      .check();
    await press(page, 'Move the likelihood');
    await axeFinds(page, 'the confirmation');
    await shoot(page, 'confirm');
    await expect(page.locator('.changes').innerText()).resolves.toContain(
      '“Both capitals accept the schedule” would move from Likely (55–80%) to Very likely (80–95%).',
    );
    await expect(page.locator('.changes').innerText()).resolves.toContain(
      'Also changed: What comes next · Last reviewed.',
    );
    await expect(page.locator('.confirm').first().innerText()).resolves.toContain(LAKE_TALKS.headline);
    await press(page, 'Confirm');
    await expect(page.locator('.notice').innerText()).resolves.toBe('Done: revision 2 is live.');

    await page.locator('details', { hasText: 'Resolve' }).nth(1).locator('summary').click();
    await page.getByRole('radio', { name: 'Did not occur' }).check();
    await press(page, 'Resolve');
    await expect(page.locator('.changes').innerText()).resolves.toContain('would be resolved');
    await press(page, 'Confirm');
    await expect(page.locator('.notice').innerText()).resolves.toBe('Done: revision 3 is live.');

    await page.goto(`${server.url}/briefings/lake-talks`);
    const article = await page.locator('article').innerText();
    expect(article).toContain('Very likely');
    await expect(page.locator('a[href="/topics/water"]').first().innerText()).resolves.toBe('Water');
    expect(article).toMatch(/did not occur/i);
    // The page's own history says both, newest first, with the desk that made them.
    const told = await page.locator('section.outlook-history li').allInnerTexts();
    expect(told.slice(0, 2)).toEqual([
      expect.stringMatching(/^“.+” was resolved on .+: did not occur\. \(Newsroom\)$/),
      expect.stringMatching(
        /^“Both capitals accept the schedule” moved from Likely \(55–80%\) to Very likely \(80–95%\) on .+\. \(Newsroom\)$/,
      ),
    ]);
    const history = (await (await fetch(`${server.url}/api/briefings/lake-talks/revisions`)).json()) as {
      revisions: { revision: number; changes: { kind: string }[] }[];
    };
    const kinds = history.revisions.map((r) => [r.revision, r.changes.map((c) => c.kind)]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        [3, expect.arrayContaining(['resolution'])],
        [2, expect.arrayContaining(['likelihood'])],
      ]),
    );
    await page.close();
  });

  it('translates the live briefing into French: a draft with its scenarios and signposts, live as its translation', async () => {
    await fromAddress(phone, 6);
    const page = await phone.newPage();
    await page.goto(`${server.url}/editor/briefings/lake-talks`);
    await press(page, 'Translate into French');
    expect(page.url()).toMatch(/\/editor\/drafts\/[\w-]+$/);
    const values = await Promise.all(
      ['id', 'language', 'translationOf', 'whatComesNext.scenarios[1].id', 'whatComesNext.signposts[0].id'].map(
        (name) => page.locator(`[name="${name}"]`).inputValue(),
      ),
    );
    expect(values).toEqual(['lake-talks-fr', 'fr', 'lake-talks', 'arbitration', 'signpost-1']);
    await fillFields(page, {
      headline: 'Les pourparlers sur le lac Varnen s’enlisent avec la sécheresse',
      standfirst: 'Deux capitales, un lac qui rétrécit et une commission sans pouvoir.',
      'whatComesNext.question': 'Les deux capitales accepteront-elles le calendrier de lâchers d’eau ?',
      'whatComesNext.scenarios[0].title': 'Les deux capitales acceptent le calendrier',
    });
    await press(page, 'Save draft');
    await expect(page.locator('.ready').innerText()).resolves.toBe('Ready to publish: nothing to fix.');
    await page.getByRole('link', { name: 'Preview · Publish' }).first().click();
    await press(page, 'Publish now');
    expect(page.url()).toBe(`${server.url}/editor/briefings/lake-talks-fr?r=1`);
    await expect(page.locator('.meta a').first().innerText()).resolves.toBe(`Translation of “${LAKE_TALKS.headline}”`);
    // One forecast: the French version shows the original's likelihood, whatever its draft carried, and
    // links its original. (The original's own page is cached a minute: its link comes with the next copy.)
    await page.goto(`${server.url}/briefings/lake-talks-fr`);
    await expect(page.locator('article').innerText()).resolves.toContain('Very likely');
    await expect(page.getByRole('link', { name: 'Read in English' }).getAttribute('href')).resolves.toBe(
      '/briefings/lake-talks',
    );
    await page.close();
  });

  it('keeps a draft typed offline on the phone and saves it when the connection returns', async () => {
    await fromAddress(phone, 2);
    const page = await phone.newPage();
    await page.goto(`${server.url}/editor/briefings/lake-talks`);
    await press(page, 'Revise');
    const draftUrl = page.url();
    await phone.setOffline(true);
    await page.locator('[name="standfirst"]').fill('Typed on a bus, out of reach of any network.');
    await page.locator('output.status', { hasText: 'Kept on this phone' }).waitFor({ timeout: 15_000 });
    await phone.setOffline(false);
    await page.locator('output.status', { hasText: 'Saved' }).waitFor({ timeout: 15_000 });
    const id = draftUrl.split('/').pop();
    const saved = await page.evaluate(
      async (d) =>
        ((await (await fetch(`/api/drafts/${d}`)).json()) as { briefing: { standfirst: string } }).briefing.standfirst,
      id,
    );
    expect(saved).toBe('Typed on a bus, out of reach of any network.');
    await page.close();
  });

  it('shows the second of two editors on one briefing both values of their clash, and publishes the choice', async () => {
    await fromAddress(phone, 3);
    // A second editor of the newsroom, added by the admin as the CLI would.
    const aicha = 'aicha@newsroom.example';
    const added = await fetch(`${server.url}/api/editors/${aicha}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Aïcha Diallo', desk: LOCAL_EDITOR.desk, role: 'editor' }),
    });
    expect(added.status).toBe(201);
    const other = await launchPhone();
    await fromAddress(other, 4);
    await signIn(other, server.url, aicha);
    const [a, b] = [await phone.newPage(), await other.newPage()];
    for (const page of [a, b]) {
      await page.goto(`${server.url}/editor/briefings/niger-bazoum-coalition`);
      await press(page, 'Revise');
    }
    await pickLikelihood(a, 0, 'likely');
    await press(a, 'Save draft');
    await a.getByRole('link', { name: 'Preview · Publish' }).first().click();
    await press(a, 'Publish now');
    await pickLikelihood(b, 0, 'unlikely');
    await press(b, 'Save draft');
    await b.getByRole('link', { name: 'Preview · Publish' }).first().click();
    await b.waitForURL(/\/review$/);
    await axeFinds(b, 'the clash');
    const clash = b.locator('.conflict');
    await expect(clash.locator('h2').innerText()).resolves.toBe('Someone else changed this briefing');
    // Named as the form names the field, both values in words, in the editor's language.
    await expect(clash.locator('legend').first().innerText()).resolves.toBe(
      'Scenario “A strong, unified response isolates the junta” · Likelihood',
    );
    await expect(clash.innerText()).resolves.toMatch(
      /Take theirs \(live\): Likely \(55–80%\)[\s\S]*Keep mine: Unlikely \(20–45%\)/,
    );
    await clash.scrollIntoViewIfNeeded();
    await shoot(b, 'conflict');
    await b.goto(`${b.url()}?lang=fr`);
    await axeFinds(b, 'the clash (fr)');
    await expect(clash.locator('legend').first().innerText()).resolves.toBe(
      'Scénario «\u202fA strong, unified response isolates the junta\u202f» · Probabilité',
    );
    await expect(clash.innerText()).resolves.toMatch(/Garder la mienne\u202f: Improbable \(20–45\s%\)/u);
    await clash.scrollIntoViewIfNeeded();
    await shoot(b, 'conflict-fr');
    await b
      .getByRole('radio', { name: /Garder la mienne/ })
      .first()
      .check();
    await press(b, 'Garder ces choix et publier');
    await expect(b.locator('.notice').innerText()).resolves.toMatch(/r[ée]vision \d+/);
    const live = (await (await fetch(`${server.url}/api/briefings/niger-bazoum-coalition`)).json()) as {
      whatComesNext: { scenarios: { likelihood: { term?: string } }[] };
    };
    expect(live.whatComesNext.scenarios[0].likelihood.term).toBe('unlikely');
    await b.goto(`${server.url}/editor`);
    await expect(b.locator('.list li', { hasText: 'International Coalition' }).innerText()).resolves.toContain(
      'Aïcha Diallo',
    );
    await other.close();
  });

  it('passes axe and the Nu Html Checker on every editor page, in English and French', async () => {
    await fromAddress(phone, 5);
    const page = await phone.newPage();
    await page.goto(`${server.url}/editor`);
    await shoot(page, 'list');
    await page.goto(`${server.url}/editor?lang=fr`);
    await shoot(page, 'list-fr');
    await page.goto(`${server.url}/editor/new?lang=fr`);
    await page.locator('#f-topics').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shoot(page, 'topics-fr');
    await page.goto(`${server.url}/editor/briefings/lake-talks?lang=fr`);
    await shoot(page, 'briefing-fr');
    const pages = [
      '/editor',
      '/editor/new',
      '/editor/briefings/lake-talks',
      '/editor/briefings/lake-talks-fr',
      '/editor/newsroom',
      '/editor/drafts/gone',
      '/dev/sign-in',
    ];
    const sent: CheckedPage[] = [];
    for (const url of pages.map((p) => server.url + p)) {
      for (const lang of ['en', 'fr']) {
        const response = await page.goto(`${url.replace(/#.*/, '')}${url.includes('?') ? '&' : '?'}lang=${lang}`);
        sent.push({ name: `${url} (${lang})`, html: (await response?.text()) ?? '' });
        await axeFinds(page, `${url} (${lang})`);
      }
    }
    await page.close();
    expect(violations).toEqual([]);
    expect(await htmlErrors(sent)).toEqual([]);
  });
});

describe('Access’s key rotation', () => {
  it('lets editors in with the next key once Access signs with it, the keys fetched again', async () => {
    await new Promise((r) => setTimeout(r, Math.max(0, firstFetchAt + COOLDOWN_MS + 1000 - Date.now())));
    const rotated = await me(await keys.token(LOCAL_EDITOR.email, 'key-2'));
    expect(rotated.status).toBe(200);
    expect((await me(await keys.token(LOCAL_EDITOR.email, 'key-1'))).status).toBe(200);
    expect(keys.fetches).toBe(2);
  });
});
