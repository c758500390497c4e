import { createMiddleware } from 'hono/factory';
import { devSignIn, requireRole } from '../http/identity';
import type { AppEnv } from '../types';
import { editorPage, viewOf } from './page';

const writer = requireRole('writer');

/**
 * The newsroom's pages need a signed-in editor (a writer at least). A browser that has none gets the
 * 401 as a page saying how to sign in; a tool gets the problem document.
 */
export const signedIn = createMiddleware<AppEnv>(async (c, next) => {
  const refused = await writer(c, next);
  if (!refused || refused.status !== 401 || !(c.req.header('Accept') ?? '').includes('text/html')) return refused;
  const { t } = viewOf(c);
  const here = new URL(c.req.url);
  const page = await editorPage(
    c,
    t.signIn,
    <>
      <h1>{t.signIn}</h1>
      <p>{t.signInText}</p>
      {devSignIn(c.env) && (
        <p>
          <a class="button primary" href={`/dev/sign-in?next=${encodeURIComponent(here.pathname + here.search)}`}>
            {t.signInLocal}
          </a>
        </p>
      )}
    </>,
    { status: 401 },
  );
  page.headers.set('WWW-Authenticate', refused.headers.get('WWW-Authenticate') ?? 'Bearer');
  return page;
});
