import { createMiddleware } from 'hono/factory';

/**
 * A response that sets a cookie is the reader's own: never `public`, or a shared cache could hand
 * one reader's cookie to the next. Runs outermost, after every other middleware has had its say.
 */
export const privateWhenCookie = createMiddleware(async (c, next) => {
  await next();
  if (!c.res.headers.has('Set-Cookie')) return;
  const cacheControl = c.res.headers.get('Cache-Control');
  if (cacheControl && /\bpublic\b/.test(cacheControl))
    c.res.headers.set('Cache-Control', cacheControl.replace(/\bpublic\b/, 'private'));
});
