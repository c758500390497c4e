import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { DevSignIn } from '../../web/editor/components/DevSignIn';
import { devSignIn, SESSION_COOKIE } from '../http/identity';
import { problem } from '../http/problem';
import { editorPage, viewOf } from '../newsroom/page';
import {
  addToken,
  editorByEmail,
  editorByToken,
  LOCAL_EDITOR,
  listDesks,
  listEditors,
  revokeSession,
} from '../store/editors';
import type { AppEnv } from '../types';

// The local sign-in (docs/editors.md): where `npm start` runs with no Cloudflare Access, a browser
// signs in as one of the local editors. Only where ALLOW_DEV_SIGNIN is "true"; elsewhere these
// addresses do not exist. The session is a random token kept in a `__Host-` cookie, only its hash stored.

/**
 * Where to go once signed in: a path of this site the page that sent the browser here names, else the
 * newsroom's list. Never another site (`//host` or `/\\host` would be one to a browser).
 */
export function nextPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) && value.length <= 2000 ? value : '/editor';
}

export const devSignInRoutes = new Hono<AppEnv>()
  .use('/dev/*', async (c, next) => {
    if (!devSignIn(c.env)) return problem(c, 404, `Nothing is at ${c.req.path}.`);
    c.header('Cache-Control', 'no-store');
    await next();
  })
  .get('/dev/sign-in', async (c) => {
    const session = getCookie(c, SESSION_COOKIE, 'host');
    const current = session ? await editorByToken(c.env.DB, session, 'session') : null;
    if (current) c.set('editor', current);
    const [editors, desks] = await Promise.all([listEditors(c.env.DB), listDesks(c.env.DB)]);
    const { t } = viewOf(c);
    return editorPage(
      c,
      t.signInLocalTitle,
      <DevSignIn
        editors={editors}
        desks={desks}
        chosen={current?.email ?? LOCAL_EDITOR.email}
        signedIn={!!current}
        next={nextPath(c.req.query('next'))}
      />,
    );
  })
  .post('/dev/sign-in', async (c) => {
    const form = await c.req.parseBody();
    const email = typeof form.email === 'string' ? form.email : LOCAL_EDITOR.email;
    const editor = await editorByEmail(c.env.DB, email);
    if (!editor) return problem(c, 403, `${email} is not an editor of this newsroom.`);
    const token = await addToken(c.env.DB, editor.id, 'session');
    setCookie(c, SESSION_COOKIE, token, { prefix: 'host', httpOnly: true, sameSite: 'Lax', maxAge: 7 * 86400 });
    return c.redirect(nextPath(form.next), 303);
  })
  .post('/dev/sign-out', async (c) => {
    const session = getCookie(c, SESSION_COOKIE, 'host');
    if (session) await revokeSession(c.env.DB, session);
    deleteCookie(c, SESSION_COOKIE, { prefix: 'host' });
    return c.redirect('/dev/sign-in', 303);
  });
