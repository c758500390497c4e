import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { problem } from './http/problem';
import { inlineStyleSource, security } from './http/security';
import { appAssets } from './render/assets';
import { api } from './routes/api';
import { editor } from './routes/editor';
import { feedRoutes } from './routes/feed';
import { notFoundPage, pages } from './routes/pages';
import type { AppEnv } from './types';

const isPublicRead = (method: string | undefined) => method === 'GET' || method === 'HEAD';

/** Everything a reader's machine would want as data rather than a page. */
const wantsData = (path: string) => path.startsWith('/api/') || path.endsWith('.json');

export const app = new Hono<AppEnv>();

app.use(async (c, next) => {
  c.set('styleSource', await inlineStyleSource());
  c.set('assets', await appAssets(c.env, new URL(c.req.url).origin));
  await next();
});
app.use(security);
// Public reads are open to any origin, without credentials; editor routes to none.
app.use(
  cors({
    origin: (_origin, c) => (isPublicRead(c.req.method) || isPublicRead(c.req.header('Access-Control-Request-Method')) ? '*' : null),
    allowMethods: ['GET', 'HEAD'],
    exposeHeaders: ['ETag'],
    maxAge: 86400,
  }),
);
app.use(methodNotAllowed({ app, onMethodNotAllowed: (c, methods) => problem(c, 405, `${c.req.method} is not allowed here.`, { headers: { Allow: methods.join(', ') } }) }));
app.use(etag());

app.route('/', pages);
app.route('/', feedRoutes);
app.route('/', api);
app.route('/', editor);

app.notFound((c) => (wantsData(c.req.path) || !isPublicRead(c.req.method) ? problem(c, 404, `Nothing is at ${c.req.path}.`) : notFoundPage(c)));

app.onError((error, c) => {
  // Details go to the log, never to the client.
  console.error(error);
  return problem(c, 500, 'Something went wrong on our side. Please try again.');
});
