import { Hono } from 'hono';
import { cachedByRevision } from '../http/cached';
import { sitemapEntries } from '../store/sitemap';
import type { AppEnv } from '../types';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** For search engines: `sitemap.xml` (sitemaps.org 0.9) and a `robots.txt` that points at it. */
export const crawl = new Hono<AppEnv>()
  .get('/sitemap.xml', (c) =>
    cachedByRevision(
      c,
      async () => {
        const { origin } = new URL(c.req.url);
        const urls = [{ path: '/', at: '' }, ...(await sitemapEntries(c.env.DB))].map(
          (e) => `<url><loc>${escapeXml(origin + e.path)}</loc>${e.at ? `<lastmod>${e.at}</lastmod>` : ''}</url>`,
        );
        const xml = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>`;
        return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
      },
      { params: [], vary: '' },
    ),
  )
  .get('/robots.txt', (c) => {
    const { origin } = new URL(c.req.url);
    // The editor API and the app's data are not pages; searches are endless.
    const body = `User-agent: *\nDisallow: /api/\nDisallow: /search\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`;
    return c.text(body, 200, { 'Cache-Control': 'public, max-age=86400' });
  });
