import type { Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { criticalCss } from '../../web/styles/critical';
import type { AppEnv } from '../types';
import { cspSource } from './csp-hash';

let styleHash: Promise<string> | undefined;

/** The CSP source of the inline stylesheet, hashed once per isolate. */
export function inlineStyleSource(): Promise<string> {
  styleHash ??= cspSource(criticalCss);
  return styleHash;
}

/** Everything a reader's machine would want as data rather than a page. */
export const isDataPath = (path: string) => path.startsWith('/api/') || path.endsWith('.json');
/** Feeds, the API and sitemaps: the same bytes whatever the reader's language or preferences. */
export const isSameForEveryone = (path: string) => isDataPath(path) || path.endsWith('.atom') || path.endsWith('.xml');

// Decided by the path, not the response: a page's 304 must carry the same CSP as its 200, since a
// browser updates the stored page's headers from the 304.
const isPage = (c: Context<AppEnv>) => !isDataPath(c.req.path);

/**
 * The security headers of every response. Scripts only from our own origin; the one inline stylesheet
 * and the app's loader allowed by their hashes. Every byte of these rides on each 304 of a feed
 * refresh (a budget of the bench), so the obsolete X-* headers are left out.
 */
export const security = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    // Scripts from our origin, and on pages the app's loader by its hash: no other inline script.
    // Data responses (a feed's 304 above all) carry no hash: every byte there is paid on each refresh.
    scriptSrc: ["'self'", (c) => (isPage(c) ? (c.get('assets')?.scriptSource ?? '') : '')],
    styleSrc: ["'self'", (c) => (isPage(c) ? c.get('styleSource') : '')],
    imgSrc: ["'self'", 'data:'],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
  },
  strictTransportSecurity: 'max-age=63072000; includeSubDomains',
  referrerPolicy: 'strict-origin-when-cross-origin',
  xContentTypeOptions: true,
  crossOriginResourcePolicy: false,
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xFrameOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
});
