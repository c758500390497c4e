import { renderToString } from 'preact-render-to-string';
import { h } from 'preact';
import type { Briefing, Feed, FeedItem } from '../../model/types';
import { BriefingArticle } from '../../web/components/briefing/BriefingArticle';
import { OUTLOOK_PARTS } from '../../web/components/briefing/outlook-parts';
import { LocaleContext } from '../../web/i18n/context';
import { en } from '../../web/i18n/en';
import { fr } from '../../web/i18n/fr';
import { siteStrings } from '../../web/i18n/site';

/** A JSON Feed item: ordinary readers get the whole briefing as HTML; ours read `_briefing`. */
export function feedItem(b: Briefing, origin: string, now: string): FeedItem {
  const url = `${origin}/briefings/${b.id}`;
  // The same component as the page, so a feed reader sees what a browser sees, scenarios included.
  const article = h(BriefingArticle, { briefing: b, now, parts: OUTLOOK_PARTS });
  // Its labels in the briefing's own language where the interface speaks it, else in English.
  const t = b.language.split('-')[0] === 'fr' ? fr : en;
  const content_html = renderToString(h(LocaleContext.Provider, { value: { lang: b.language, t } }, article));
  return {
    id: url,
    url,
    title: b.status === 'retracted' ? `[${en.retracted}] ${b.headline}` : b.headline,
    summary: b.standfirst,
    content_html,
    language: b.language,
    date_published: b.publishedAt,
    date_modified: b.modifiedAt,
    authors: b.authors,
    tags: b.topics,
    _briefing: b,
  };
}

/** One page of the feed; `next` is the cursor of the following page, when there is one. */
export function feed(items: Briefing[], origin: string, revision: number, now: string, next?: string): Feed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Briefing',
    home_page_url: `${origin}/`,
    feed_url: `${origin}/feed.json`,
    description: siteStrings('en').tagline,
    language: 'en',
    icon: `${origin}/icons/icon-512.png`,
    favicon: `${origin}/icons/icon-192.png`,
    ...(next ? { next_url: `${origin}/feed.json?after=${encodeURIComponent(next)}` } : {}),
    _briefing: { about: `${origin}/about/format`, schemaVersion: '1.0', revision },
    items: items.map((b) => feedItem(b, origin, now)),
  };
}
