import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { csrf } from 'hono/csrf';
import { etag } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { privateWhenCookie } from './http/cookie-cache';
import { language } from './http/language';
import { pagePolicy } from './http/page-policy';
import { prefs } from './http/prefs';
import { problem } from './http/problem';
import { inlineStyleSource, isDataPath, security } from './http/security';
import { appAssets } from './render/assets';
import { alerts } from './routes/alerts';
import { api } from './routes/api';
import { browse } from './routes/browse';
import { crawl } from './routes/crawl';
import { cspReports } from './routes/csp-reports';
import { devSignInRoutes } from './routes/dev-sign-in';
import { draftPreview } from './routes/draft-preview';
import { drafts } from './routes/drafts';
import { editor } from './routes/editor';
import { feedRoutes } from './routes/feed';
import { moreFeeds } from './routes/feeds';
import { newsroomPages } from './routes/newsroom-pages';
import { newsroom } from './routes/newsroom';
import { notFoundPage, pages } from './routes/pages';
import { prefsRoutes } from './routes/prefs';
import { WriteFailed } from './store/commit';
import { scorecard } from './routes/scorecard';
import { vocabulary } from './routes/vocabulary';
import type { AppEnv } from './types';

const isPublicRead = (method: string | undefined) => method === 'GET' || method === 'HEAD';

export const app = new Hono<AppEnv>();

app.use(privateWhenCookie);
app.use(async (c, next) => {
  c.set('styleSource', await inlineStyleSource());
  const assets = await appAssets(c.env, new URL(c.req.url).origin);
  c.set('assets', assets);
  await next();
});
app.use(pagePolicy);
app.use(security);
app.use(language);
app.use(prefs);
// Public reads are open to any origin, without credentials; editor routes to none. A fixed '*'
// (not a function of the request) spares every response a `Vary: Origin`. The method decides: only a
// preflight (OPTIONS) is read by the method it asks for.
const publicCors = cors({ origin: '*', allowMethods: ['GET', 'HEAD'], exposeHeaders: ['ETag'], maxAge: 86400 });
app.use((c, next) =>
  isPublicRead(c.req.method) ||
  (c.req.method === 'OPTIONS' && isPublicRead(c.req.header('Access-Control-Request-Method')))
    ? publicCors(c, next)
    : next(),
);
app.use(
  methodNotAllowed({
    app,
    onMethodNotAllowed: (c, methods) =>
      problem(c, 405, `${c.req.method} is not allowed here.`, { headers: { Allow: methods.join(', ') } }),
  }),
);
app.use(etag());
// A form post or a form-typed write from another site (the only kind a browser sends cross-site
// without asking first) is refused unless its Origin is ours: a signed-in editor's cookie is never
// spent by someone else's page. A request without cookies, or with its own Authorization (a tool's
// personal token), carries no ambient credential a page could borrow.
const sameOrigin = csrf();
app.use(async (c, next) => {
  if (!c.req.header('Cookie') || c.req.header('Authorization')) return next();
  try {
    await sameOrigin(c, () => Promise.resolve());
  } catch {
    return problem(c, 403, 'This request came from a page of another site, so it was refused.');
  }
  return next();
});

app.route('/', pages);
app.route('/', browse);
app.route('/', moreFeeds);
app.route('/', crawl);
app.route('/', prefsRoutes);
app.route('/', feedRoutes);
app.route('/', api);
app.route('/', editor);
app.route('/', newsroom);
app.route('/', drafts);
app.route('/', draftPreview);
app.route('/', newsroomPages);
app.route('/', alerts);
app.route('/', cspReports);
app.route('/', scorecard);
app.route('/', devSignInRoutes);
app.route('/', vocabulary);

app.notFound((c) =>
  isDataPath(c.req.path) || !isPublicRead(c.req.method)
    ? problem(c, 404, `Nothing is at ${c.req.path}.`)
    : notFoundPage(c),
);

app.onError((error, c) => {
  // A middleware's own answer (the editor's 401), already a problem document.
  if (error instanceof HTTPException) return error.getResponse();
  if (error instanceof WriteFailed) {
    console.error(error.cause);
    return problem(c, 503, 'Storage failed during the change and none of it was saved. Send it again, as it is.', {
      headers: { 'Retry-After': '10' },
    });
  }
  // Details go to the log, never to the client.
  console.error(error);
  return problem(c, 500, 'Something went wrong on our side. Please try again.');
});
