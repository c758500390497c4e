import type { BrowserContext } from 'playwright-core';

/** Signs a browser in through the local sign-in (ALLOW_DEV_SIGNIN), as the local admin or as `email`. */
export async function signIn(context: BrowserContext, origin: string, email?: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${origin}/dev/sign-in`);
  if (email) await page.locator(`input[name="email"][value="${email}"]`).check();
  await Promise.all([page.waitForURL(`${origin}/editor`), page.getByRole('button', { name: 'Sign in' }).click()]);
  await page.close();
}
