import { Hono, type Context } from 'hono';
import { isCountryCode } from '../../model/codes';
import { followPath, type Follow } from '../../model/follow';
import type { Feed } from '../../model/types';
import { countryName, storyName, topicName } from '../../web/i18n/names';
import { en } from '../../web/i18n/en';
import { listTopics, readNames } from '../store/vocabulary';
import { cachedByRevision } from '../http/cached';
import { atomOf } from '../render/atom';
import { feed } from '../render/feed';
import { listBriefings, PAGE_SIZE } from '../store/briefings';
import { listSituationBriefings, type Situation } from '../store/browse';
import { withTranslations } from '../store/translations';
import type { AppEnv } from '../types';
import { STORY, TOPIC } from './browse';
import { notFoundPage } from './pages';

type Format = 'json' | 'atom';

const TYPES: Record<Format, string> = {
  json: 'application/feed+json; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

/** The whole feed or a situation's, as JSON Feed or Atom; both come from the same page of briefings. */
function serve(c: Context<AppEnv>, format: Format, narrowed?: { situation: Situation; follow: Follow; name: string }) {
  return cachedByRevision(
    c,
    async (revision) => {
      const { origin } = new URL(c.req.url);
      const after = c.req.query('after');
      const page = narrowed
        ? await listSituationBriefings(c.env.DB, narrowed.situation, PAGE_SIZE, after)
        : await listBriefings(c.env.DB, PAGE_SIZE, after);
      // A story is its briefings: with none, it is no story, and its feed is as missing as its page.
      if (narrowed?.situation.kind === 'story' && !after && page.items.length === 0) return notFoundPage(c);
      const base = `${origin}${narrowed ? followPath(narrowed.follow) : ''}`;
      const pageUrl = (f: Format, cursor?: string) =>
        `${base}/feed.${f}${cursor ? `?after=${encodeURIComponent(cursor)}` : ''}`;
      const body: Feed = {
        ...feed(
          await withTranslations(c.env.DB, page.items, origin),
          origin,
          revision,
          new Date().toISOString(),
          page.next,
        ),
        ...(narrowed ? { title: `Briefing: ${narrowed.name}`, home_page_url: base, feed_url: pageUrl('json') } : {}),
        ...(page.next ? { next_url: pageUrl('json', page.next) } : {}),
      };
      const text =
        format === 'json'
          ? JSON.stringify(body)
          : atomOf(body, pageUrl('atom', after), page.next ? pageUrl('atom', page.next) : undefined);
      return new Response(text, { headers: { 'Content-Type': TYPES[format] } });
    },
    { params: ['after'] },
  );
}

const formatOf = (file: string): Format | null =>
  file === 'feed.json' ? 'json' : file === 'feed.atom' ? 'atom' : null;

/** `/feed.atom`, and each situation's `feed.json` and `feed.atom`: a feed reader can follow one country. */
export const moreFeeds = new Hono<AppEnv>()
  .get('/feed.atom', (c) => serve(c, 'atom'))
  .get('/countries/:cc/:file{feed\\.(json|atom)}', (c) => {
    const cc = c.req.param('cc');
    const format = formatOf(c.req.param('file'));
    if (!format || !/^[a-z]{2}$/.test(cc) || !isCountryCode(cc.toUpperCase())) return notFoundPage(c);
    return serve(c, format, {
      situation: { kind: 'country', code: cc.toUpperCase() },
      follow: { kind: 'country', value: cc },
      name: countryName(cc.toUpperCase(), 'en'),
    });
  })
  .get('/topics/:topic/:file{feed\\.(json|atom)}', async (c) => {
    const topic = c.req.param('topic');
    const format = formatOf(c.req.param('file'));
    // A topic is an id of the vocabulary: any other name has no page, so no feed either.
    if (!format || !TOPIC.test(topic) || !(await listTopics(c.env.DB)).some((t) => t.id === topic))
      return notFoundPage(c);
    return serve(c, format, {
      situation: { kind: 'topic', topic },
      follow: { kind: 'topic', value: topic },
      name: topicName({ lang: 'en', t: en, names: await readNames(c.env.DB) }, topic),
    });
  })
  .get('/stories/:story/:file{feed\\.(json|atom)}', async (c) => {
    const story = c.req.param('story');
    const format = formatOf(c.req.param('file'));
    if (!format || !STORY.test(story)) return notFoundPage(c);
    return serve(c, format, {
      situation: { kind: 'story', story },
      follow: { kind: 'story', value: story },
      name: storyName({ lang: 'en', t: en, names: await readNames(c.env.DB) }, story),
    });
  });
