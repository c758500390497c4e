import { Hono, type Context } from 'hono';
import { BriefingArticle } from '../../web/components/briefing/BriefingArticle';
import { OutlookHistory } from '../../web/components/briefing/OutlookHistory';
import { OUTLOOK_PARTS } from '../../web/components/briefing/outlook-parts';
import { HomePage } from '../../web/components/home/HomePage';
import { NotFound } from '../../web/components/layout/NotFound';
import { OfflinePage } from '../../web/components/layout/OfflinePage';
import { FormatPage } from '../../web/components/layout/FormatPage';
import { FormatPageFr } from '../../web/components/layout/FormatPageFr';
import { SituationLinks } from '../../web/components/browse/SituationLinks';
import { notFoundStrings } from '../../web/i18n/not-found';
import { cachedByRevision } from '../http/cached';
import { renderDocument, type DocumentParts } from '../render/document';
import { briefingJsonLd } from '../render/jsonld';
import { getBriefing, listCards, listRevisions, PAGE_SIZE } from '../store/briefings';
import { storyNeighbours } from '../store/browse';
import { withTranslations } from '../store/translations';
import { readNames } from '../store/vocabulary';
import { siteStrings } from '../../web/i18n/site';
import type { AppEnv } from '../types';

/** A page in the site's document, in the reader's language and display preferences, naming topics and stories with the vocabulary. */
export const html = async (
  c: Context<AppEnv>,
  parts: Omit<DocumentParts, 'locale' | 'origin'>,
  status: 200 | 404 = 200,
) =>
  c.html(
    renderDocument({
      ...parts,
      locale: { ...c.get('locale'), names: await readNames(c.env.DB) },
      prefs: c.get('prefs'),
      origin: new URL(c.req.url).origin,
      script: c.get('assets')?.script,
    }),
    status,
  );

/** What a page that is no briefing's may be kept for: a few minutes, then asked again. */
const SHORT_CACHE = 'public, max-age=300';
// The page names its own address several times (canonical, og:url, the language and text-size
// links): a longer one is named as the home page, so a 404 never grows with the path asked for.
const MAX_NAMED_PATH = 256;

/** The 404 page: readable, with a way back, for any address that names nothing. */
export async function notFoundPage(c: Context<AppEnv>): Promise<Response> {
  const t = notFoundStrings(c.get('locale').lang);
  const url = new URL(c.req.url);
  const res = await html(
    c,
    {
      title: `${t.notFoundTitle} · Briefing`,
      description: t.notFoundText,
      canonical: url.pathname.length <= MAX_NAMED_PATH ? `${url.origin}${url.pathname}` : `${url.origin}/`,
      body: <NotFound />,
    },
    404,
  );
  // Briefly: the briefing or story asked for may be published in a minute.
  res.headers.set('Cache-Control', 'public, max-age=60');
  return res;
}

/** The reader's pages, server-rendered and whole without JavaScript. */
export const pages = new Hono<AppEnv>()
  .get('/', (c) =>
    cachedByRevision(
      c,
      async (revision) => {
        const url = new URL(c.req.url);
        const after = c.req.query('after');
        const page = await listCards(c.env.DB, PAGE_SIZE, after, c.get('locale').lang);
        const olderHref = page.next ? `/?after=${encodeURIComponent(page.next)}` : undefined;
        return html(c, {
          title: 'Briefing',
          description: siteStrings(c.get('locale').lang).tagline,
          canonical: `${url.origin}/`,
          revision,
          body: <HomePage cards={page.items} olderHref={olderHref} now={new Date().toISOString()} />,
        });
      },
      { params: ['after'] },
    ),
  )
  .get('/briefings/:id', (c) =>
    cachedByRevision(
      c,
      async (revision) => {
        const { origin } = new URL(c.req.url);
        const stored = await getBriefing(c.env.DB, c.req.param('id'));
        if (!stored) return notFoundPage(c);
        const [briefing] = await withTranslations(c.env.DB, [stored], origin);
        const canonical = `${origin}/briefings/${briefing.id}`;
        const versions = briefing.translations && [
          { language: briefing.language, url: canonical },
          ...briefing.translations,
        ];
        const [revisions, { earlier, later }] = await Promise.all([
          listRevisions(c.env.DB, briefing.id),
          storyNeighbours(c.env.DB, briefing),
        ]);
        return html(c, {
          title: `${briefing.headline} · Briefing`,
          description: briefing.standfirst,
          canonical,
          ogType: 'article',
          revision,
          hreflang: versions,
          jsonLd: briefingJsonLd(briefing, canonical, origin),
          data: briefing,
          body: (
            <BriefingArticle briefing={briefing} now={new Date().toISOString()} parts={OUTLOOK_PARTS}>
              <OutlookHistory
                revisions={revisions}
                scenarios={briefing.whatComesNext?.scenarios ?? []}
                reviewedAt={briefing.whatComesNext?.lastReviewedAt}
              />
            </BriefingArticle>
          ),
          after: <SituationLinks briefing={briefing} neighbours={{ earlier: earlier?.id, later: later?.id }} />,
        });
      },
      { params: [] },
    ),
  )
  .get('/about/format', (c) => {
    c.header('Cache-Control', SHORT_CACHE);
    const { origin } = new URL(c.req.url);
    const fr = c.get('locale').lang === 'fr';
    return html(c, {
      title: fr ? 'L’extension _briefing du flux · Briefing' : 'The _briefing feed extension · Briefing',
      description: fr
        ? 'Comment Briefing étend JSON Feed 1.1 avec des analyses structurées et leurs scénarios.'
        : 'How Briefing extends JSON Feed 1.1 with structured analysis and scenarios.',
      canonical: `${origin}/about/format`,
      body: fr ? <FormatPageFr origin={origin} /> : <FormatPage origin={origin} />,
    });
  })
  // What the service worker shows for a page that was never saved, when there is no network.
  .get('/offline', (c) => {
    const { t } = c.get('locale');
    c.header('Cache-Control', SHORT_CACHE);
    return html(c, {
      title: `${t.offlineTitle} · Briefing`,
      description: t.offlineText,
      canonical: `${new URL(c.req.url).origin}/offline`,
      body: <OfflinePage />,
    });
  });
