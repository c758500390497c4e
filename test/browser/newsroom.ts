import type { BrowserContext, Page } from 'playwright-core';

// Helpers for the web editor's browser tests: filling its form by the fields' names (their JSON paths).

/** Fills fields by name; a <select> is chosen by value. */
export async function fillFields(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(fields)) {
    const field = page.locator(`[name="${name}"]`);
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
}

/** Ticks topics of the vocabulary by their labels in the editor's language ("Water", "Eau"). */
export async function tickTopics(page: Page, labels: string[]): Promise<void> {
  for (const label of labels) await page.getByRole('checkbox', { name: label, exact: true }).check();
}

/** Picks a scenario's likelihood in the form's picker ("likely", "not_assessed"). */
export const pickLikelihood = (page: Page, scenario: number, term: string) =>
  page.locator(`[name="whatComesNext.scenarios[${scenario}].likelihood.term"][value="${term}"]`).check();

/** Presses a button and waits for the page it leads to. */
export async function press(page: Page, name: string | RegExp, nth = 0): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name }).nth(nth).click()]);
}

/**
 * A whole briefing of two scenarios, typed into the form, with one mistake: a percent outside its term.
 * Its topics are ticked (tickTopics), not typed.
 */
export const LAKE_TALKS: Record<string, string> = {
  id: 'lake-talks',
  headline: 'Water talks over Lake Varnen stall as the drought deepens',
  standfirst: 'Two capitals, one shrinking lake and a commission with no power to enforce.',
  'sections[0].heading': 'Where the talks stand',
  'sections[0].paragraphs': 'The commission proposed a release schedule.\n\nNeither capital has answered.',
  'sources[0].publisher': 'Basin Monitor',
  'geo.countries': 'NE',
  authors: 'Briefing Water Desk',
  'whatComesNext.question': 'Will both capitals accept the release schedule?',
  'whatComesNext.scenarios[0].id': 'schedule-accepted',
  'whatComesNext.scenarios[0].title': 'Both capitals accept the schedule',
  'whatComesNext.scenarios[0].conditions': 'Both ministers sign\nThe commission publishes the schedule',
  'whatComesNext.scenarios[0].outcome': 'The pressure on the lake eases.',
  'whatComesNext.scenarios[0].likelihood.percent': '90',
  'whatComesNext.scenarios[0].resolution.criteria': 'Both ministers sign the schedule.',
  'whatComesNext.scenarios[1].id': 'arbitration',
  'whatComesNext.scenarios[1].title': 'The dispute goes to arbitration',
  'whatComesNext.scenarios[1].conditions': 'One capital refuses',
  'whatComesNext.scenarios[1].outcome': 'Months of legal wrangling.',
  'whatComesNext.scenarios[1].likelihood.reason': 'The source gives no likelihood.',
  'whatComesNext.scenarios[1].resolution.criteria': 'A request for arbitration is filed.',
};

/**
 * Gives a phone an address of its own (wrangler dev passes CF-Connecting-IP on): sign-ins are limited to
 * 30 a minute per address, and each step of a test stands for another phone of the newsroom.
 */
export const fromAddress = (context: BrowserContext, n: number) =>
  context.setExtraHTTPHeaders({ 'CF-Connecting-IP': `203.0.113.${n}` });
