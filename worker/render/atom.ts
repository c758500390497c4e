import type { Feed } from '../../model/types';

// Atom 1.0 (RFC 4287) from the JSON Feed, so both carry the same items: feed readers that read no
// JSON Feed get the same briefings, each whole as HTML.

// Characters XML 1.0 cannot carry at all, escaped or not (§2.2): C0 controls but tab and line ends,
// U+FFFE/U+FFFF, and lone surrogates. Stored text never holds them; a URL or a tag might.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const escapeXml = (s: string) =>
  s
    .replace(NOT_XML, '\ufffd')
    .replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!);

const el = (name: string, text: string, attrs = '') => `<${name}${attrs}>${escapeXml(text)}</${name}>`;
const link = (rel: string, href: string, type?: string) =>
  `<link rel="${rel}" href="${escapeXml(href)}"${type ? ` type="${type}"` : ''}/>`;

/** The Atom document of a JSON Feed page; `self` is the Atom feed's own URL, `next` the next page's. */
export function atomOf(feed: Feed, self: string, next?: string): string {
  // RFC 4287 §4.2.15: the feed's `updated` is the latest of its entries' (or now, for an empty feed).
  const updated = feed.items.reduce((max, i) => (i.date_modified > max ? i.date_modified : max), '');
  const entries = feed.items.map((item) =>
    [
      // On the entry, so every element of it (title, summary, content, categories) is in its language,
      // whatever the feed's own.
      `<entry xml:lang="${escapeXml(item.language)}">`,
      el('id', item.id),
      el('title', item.title),
      link('alternate', item.url, 'text/html'),
      el('published', item.date_published),
      el('updated', item.date_modified),
      ...item.authors.map((a) => `<author>${el('name', a.name)}${a.url ? el('uri', a.url) : ''}</author>`),
      ...item.tags.map((tag) => `<category term="${escapeXml(tag)}"/>`),
      el('summary', item.summary),
      el('content', item.content_html, ' type="html"'),
      '</entry>',
    ].join(''),
  );
  return [
    `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.language}">`,
    el('id', self.replace(/\?.*$/, '')),
    el('title', feed.title),
    el('subtitle', feed.description),
    el('updated', updated || new Date().toISOString()),
    `<author>${el('name', 'Briefing')}${el('uri', feed.home_page_url)}</author>`,
    link('self', self, 'application/atom+xml'),
    link('alternate', feed.home_page_url, 'text/html'),
    next ? link('next', next, 'application/atom+xml') : '',
    feed.icon ? el('icon', feed.icon) : '',
    ...entries,
    '</feed>',
  ].join('');
}
