import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { html } from 'hono/html';
import { devSignIn, SESSION_COOKIE } from '../http/identity';
import { problem } from '../http/problem';
import { addToken, editorByEmail, editorByToken, LOCAL_EDITOR, listEditors, revokeSession } from '../store/editors';
import type { AppEnv } from '../types';

// The local sign-in (docs/editors.md): where `npm start` runs with no Cloudflare Access, a browser
// signs in as one of the local editors. Only where ALLOW_DEV_SIGNIN is "true"; elsewhere these
// addresses do not exist. The session is a random token kept in a `__Host-` cookie, only its hash stored.

const WORDS = {
  en: { title: 'Sign in (local)', as: 'Sign in as', go: 'Sign in', out: 'Sign out', now: 'Signed in as' },
  fr: {
    title: 'Connexion (locale)',
    as: 'Se connecter en tant que',
    go: 'Se connecter',
    out: 'Se déconnecter',
    now: 'Connecté en tant que',
  },
};

const wordsOf = (c: Context<AppEnv>) => (c.var.locale.lang === 'fr' ? WORDS.fr : WORDS.en);

export const devSignInRoutes = new Hono<AppEnv>()
  .use('/dev/*', async (c, next) => {
    if (!devSignIn(c.env)) return problem(c, 404, `Nothing is at ${c.req.path}.`);
    c.header('Cache-Control', 'no-store');
    await next();
  })
  .get('/dev/sign-in', async (c) => {
    const w = wordsOf(c);
    const session = getCookie(c, SESSION_COOKIE, 'host');
    const current = session ? await editorByToken(c.env.DB, session, 'session') : null;
    const editors = await listEditors(c.env.DB);
    return c.html(
      html`<!doctype html>
        <html lang="${c.var.locale.lang}">
          <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <meta name="robots" content="noindex" />
            <title>${w.title}</title>
          </head>
          <body>
            <h1>${w.title}</h1>
            ${current ? html`<p>${w.now} ${current.name} (${current.role}, ${current.desk}).</p>` : ''}
            <form method="post" action="/dev/sign-in">
              <label
                >${w.as}
                <select name="email">
                  ${editors.map(
                    (e) =>
                      html`<option value="${e.email}" ${e.email === LOCAL_EDITOR.email ? 'selected' : ''}>
                        ${e.name} · ${e.role} · ${e.desk}
                      </option>`,
                  )}
                </select></label
              >
              <button>${w.go}</button>
            </form>
            ${current ? html`<form method="post" action="/dev/sign-out"><button>${w.out}</button></form>` : ''}
          </body>
        </html>`,
    );
  })
  .post('/dev/sign-in', async (c) => {
    const form = await c.req.parseBody();
    const email = typeof form.email === 'string' ? form.email : LOCAL_EDITOR.email;
    const editor = await editorByEmail(c.env.DB, email);
    if (!editor) return problem(c, 403, `${email} is not an editor of this newsroom.`);
    const token = await addToken(c.env.DB, editor.id, 'session');
    setCookie(c, SESSION_COOKIE, token, { prefix: 'host', httpOnly: true, sameSite: 'Lax', maxAge: 7 * 86400 });
    return c.redirect('/', 303);
  })
  .post('/dev/sign-out', async (c) => {
    const session = getCookie(c, SESSION_COOKIE, 'host');
    if (session) await revokeSession(c.env.DB, session);
    deleteCookie(c, SESSION_COOKIE, { prefix: 'host' });
    return c.redirect('/dev/sign-in', 303);
  });
