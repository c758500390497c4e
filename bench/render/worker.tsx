// Renders the sample briefing's page, the home page of 20 cards and a feed page of 20 items `n` times a
// request, for bench/render-cpu.ts. Date.now() moves only across I/O in workerd, so the wall time is
// taken after awaiting a timer before and after the loop.
import sample from '../../content/briefings/niger-bazoum-coalition.json';
import { toCard } from '../../model/card';
import type { Briefing, BriefingInput } from '../../model/types';
import { BriefingArticle } from '../../web/components/briefing/BriefingArticle';
import { OutlookHistory } from '../../web/components/briefing/OutlookHistory';
import { OUTLOOK_PARTS } from '../../web/components/briefing/outlook-parts';
import { HomePage } from '../../web/components/home/HomePage';
import { en } from '../../web/i18n/en';
import { siteStrings } from '../../web/i18n/site';
import { renderDocument } from '../../worker/render/document';
import { feed } from '../../worker/render/feed';
import { briefingJsonLd } from '../../worker/render/jsonld';

const origin = 'https://briefing.example';
const at = '2026-05-01T08:00:00.000Z';
const briefing: Briefing = {
  ...(sample as unknown as BriefingInput),
  revision: 1,
  publishedAt: at,
  modifiedAt: at,
  status: 'published',
};
const twenty = Array.from({ length: 20 }, (_, i) => ({ ...briefing, id: `b-${i}` }));
const locale = { lang: 'en', t: en };

const renders: Record<string, () => string> = {
  briefing: () => {
    const canonical = `${origin}/briefings/${briefing.id}`;
    return renderDocument({
      locale,
      origin,
      title: `${briefing.headline} · Briefing`,
      description: briefing.standfirst,
      canonical,
      ogType: 'article',
      jsonLd: briefingJsonLd(briefing, canonical, origin),
      body: (
        <BriefingArticle briefing={briefing} now={new Date().toISOString()} parts={OUTLOOK_PARTS}>
          <OutlookHistory revisions={[]} scenarios={briefing.whatComesNext?.scenarios ?? []} />
        </BriefingArticle>
      ),
    });
  },
  home: () =>
    renderDocument({
      locale,
      origin,
      title: 'Briefing',
      description: siteStrings('en').tagline,
      canonical: `${origin}/`,
      body: <HomePage cards={twenty.map(toCard)} />,
    }),
  feed: () => JSON.stringify(feed(twenty, origin, 1, new Date().toISOString())),
};

const tick = () => new Promise((r) => setTimeout(r, 1));

export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const render = renders[url.searchParams.get('what') ?? ''];
    if (!render) return new Response('what=briefing|home|feed', { status: 404 });
    const n = Number(url.searchParams.get('n') ?? '1');
    await tick();
    const start = Date.now();
    let bytes = 0;
    for (let i = 0; i < n; i++) bytes += render().length;
    await tick();
    return Response.json({ n, wallMs: Date.now() - start, bytes: bytes / n });
  },
};
