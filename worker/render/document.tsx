import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { LocaleContext, type Locale } from '../../web/i18n/context';
import type { Label } from '../../web/i18n/names';
import { Shell } from '../../web/components/layout/Shell';
import { siteStrings } from '../../web/i18n/site';
import { HEAD_SCRIPT } from '../../web/loader/head';
import { criticalCss } from '../../web/styles/critical';
import { htmlAttributes, type Prefs } from '../../web/prefs/prefs';
import { SHARE_IMAGE } from './jsonld';
import { PAGE_DATA } from '../../web/sw-protocol';

export interface DocumentParts {
  locale: Locale;
  title: string;
  description: string;
  /** The page's absolute URL. */
  canonical: string;
  origin: string;
  /** Open Graph type: `article` for a briefing, `website` elsewhere. */
  ogType?: 'article' | 'website';
  /** Structured data, serialised into a JSON-LD block. */
  jsonLd?: object;
  /**
   * What the page shows as the API gives it (a briefing): the service worker's first sync takes it from the
   * page, so a first visit does not download the same briefing twice (web/sw/page-data.ts).
   */
  data?: object;
  body: VNode;
  /** Under <main>, outside what the app redraws: the same on every visit to the page. */
  after?: VNode;
  /** The inline script that starts the app (worker/render/assets.ts); pages read whole without it. */
  script?: string;
  /** The reader's text size and theme, applied on <html> before the first paint. */
  prefs?: Prefs;
  /** The page's own narrowed feeds (a country's, a topic's, a story's), announced beside the site's. */
  feeds?: { title: string; path: string };
  /** What search engines may do with the page (`noindex` for a draft's preview); nothing said: anything. */
  robots?: string;
  /** The feed revision the page was rendered at: the app hydrates it only with data at least as new. */
  revision?: number;
  /** Every language the page is in, itself included (a briefing and its translations): `<link rel="alternate" hreflang>`. */
  hreflang?: { language: string; url: string }[];
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
// JSON-LD sits in a <script> data block: "</script>" or "<!--" inside it must not end it early.
const escapeJsonForHtml = (json: string) => json.replace(/</g, '\\u003c');

const alternates = (title: string, path: string) =>
  `<link rel="alternate" type="application/feed+json" title="${escapeAttr(title)}" href="${escapeAttr(path)}/feed.json">` +
  `<link rel="alternate" type="application/atom+xml" title="${escapeAttr(title)}" href="${escapeAttr(path)}/feed.atom">`;

/** A whole HTML page: critical CSS inline, no script needed to read it, link previews for messaging apps. */
export function renderDocument(p: DocumentParts): string {
  const { lang } = p.locale;
  // The labels of topics and stories the page names, noted as it renders, for the app to name them alike.
  const locale = p.locale.names ? { ...p.locale, named: { topics: {}, stories: {} } } : p.locale;
  const body = renderToString(
    <LocaleContext.Provider value={locale}>
      <Shell prefs={p.prefs} path={new URL(p.canonical).pathname} after={p.after}>
        {p.body}
      </Shell>
    </LocaleContext.Provider>,
  );
  const named = locale.named && (Object.keys(locale.named.topics).length || Object.keys(locale.named.stories).length);
  // Only the page's language's words: { "topics": { "ecowas": "CEDEAO" }, "stories": {} }.
  const pick = (labels: Record<string, Label>) =>
    Object.fromEntries(Object.entries(labels).map(([id, l]) => [id, lang === 'fr' ? l.fr : l.en]));
  const names =
    named && locale.named
      ? `<script type="application/json" id="names">${escapeJsonForHtml(
          JSON.stringify({ topics: pick(locale.named.topics), stories: pick(locale.named.stories) }),
        )}</script>`
      : '';

  const meta = (property: string, content: string) => `<meta property="${property}" content="${escapeAttr(content)}">`;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${escapeAttr(p.title)}</title>`,
    `<meta name="description" content="${escapeAttr(p.description)}">`,
    `<link rel="canonical" href="${escapeAttr(p.canonical)}">`,
    p.robots ? `<meta name="robots" content="${escapeAttr(p.robots)}">` : '',
    '<link rel="alternate" type="application/feed+json" title="Briefing" href="/feed.json">',
    '<link rel="alternate" type="application/atom+xml" title="Briefing" href="/feed.atom">',
    p.feeds ? alternates(p.feeds.title, p.feeds.path) : '',
    ...(p.hreflang ?? []).map(
      (h) => `<link rel="alternate" hreflang="${escapeAttr(h.language)}" href="${escapeAttr(h.url)}">`,
    ),
    '<meta name="theme-color" content="#8a2b06">',
    // Installing: the manifest for Android and desktop, the icon and title iOS reads instead.
    // One app, its manifest in the page's language (web/public/manifest.fr.webmanifest).
    `<link rel="manifest" href="/manifest${lang === 'fr' ? '.fr' : ''}.webmanifest">`,
    '<link rel="icon" href="/icons/icon-192.png" type="image/png">',
    '<link rel="apple-touch-icon" href="/icons/apple-touch-icon.png">',
    '<meta name="apple-mobile-web-app-capable" content="yes">',
    '<meta name="apple-mobile-web-app-title" content="Briefing">',
    p.revision === undefined ? '' : `<meta name="briefing-revision" content="${p.revision}">`,
    meta('og:type', p.ogType ?? 'website'),
    meta('og:site_name', siteStrings(lang).siteName),
    meta('og:title', p.title),
    meta('og:description', p.description),
    meta('og:url', p.canonical),
    meta('og:locale', lang === 'fr' ? 'fr_FR' : 'en_GB'),
    // Messaging apps fetch the picture of a shared link; a reader's page never loads it.
    meta('og:image', `${p.origin}${SHARE_IMAGE}`),
    meta('og:image:alt', siteStrings(lang).siteName),
    '<meta name="twitter:card" content="summary">',
    `<style>${criticalCss}</style>`,
    p.script ? `<script>${HEAD_SCRIPT}</script>` : '',
  ].join('');
  // Last in <body>, where search engines read it as well: on 2G every byte before the headline delays it.
  const jsonLd = p.jsonLd
    ? `<script type="application/ld+json">${escapeJsonForHtml(JSON.stringify(p.jsonLd))}</script>`
    : '';
  const data = p.data
    ? `<script type="application/json" id="${PAGE_DATA}">${escapeJsonForHtml(JSON.stringify(p.data))}</script>`
    : '';
  // The app loads after the page (web/loader/loader.ts): the headline paints first.
  const loader = p.script ? `<script>${p.script}</script>` : '';
  return `<!doctype html><html lang="${escapeAttr(lang)}"${p.prefs ? htmlAttributes(p.prefs) : ''}><head>${head}</head><body>${body}${names}${data}${jsonLd}${loader}</body></html>`;
}
