import { browseStrings } from '../../web/i18n/browse';
import { Hono, type Context } from 'hono';
import { isCountryCode } from '../../model/codes';
import { followPath, type Follow } from '../../model/follow';
import { checkQuery, type SearchOutcome } from '../../model/search';
import { SearchPage } from '../../web/components/browse/SearchPage';
import { SituationPage } from '../../web/components/browse/SituationPage';
import { StoryPage } from '../../web/components/browse/StoryPage';
import { countryName, storyName, topicName } from '../../web/i18n/names';
import { topicNamed } from '../../model/vocabulary';
import { listTopics, readNames } from '../store/vocabulary';
import { cachedByRevision } from '../http/cached';
import { readLimited } from '../http/read-limit';
import { getBriefing, PAGE_SIZE } from '../store/briefings';
import { listSituationCards, listStory, newestOutlook, storyNeighbours, type Situation } from '../store/browse';
import { searchBriefings } from '../store/search';
import { siteStrings } from '../../web/i18n/site';
import type { AppEnv } from '../types';
import { html, notFoundPage } from './pages';

/** What a topic (a vocabulary id) or a story can be named by in a path: anything else names nothing (404). */
export const TOPIC = /^[a-z0-9-]{1,64}$/;
export const STORY = /^[a-z0-9-]{1,64}$/;

/** A country's or a topic's page: newest first, 20 at a time, its latest outlook on the first page. */
async function situationPage(c: Context<AppEnv>, situation: Situation, follow: Follow, name: string, revision: number) {
  const path = followPath(follow);
  const { origin } = new URL(c.req.url);
  const after = c.req.query('after');
  const [page, top] = await Promise.all([
    listSituationCards(c.env.DB, situation, PAGE_SIZE, after, c.get('locale').lang),
    after ? null : newestOutlook(c.env.DB, situation),
  ]);
  return html(c, {
    title: `${name} · Briefing`,
    description: siteStrings(c.get('locale').lang).tagline,
    canonical: `${origin}${path}`,
    revision,
    feeds: { title: `Briefing: ${name}`, path },
    body: (
      <SituationPage
        follow={follow}
        name={name}
        cards={page.items}
        top={top}
        olderHref={page.next ? `${path}?after=${encodeURIComponent(page.next)}` : undefined}
        now={new Date().toISOString()}
      />
    ),
  });
}

/** The pages of a situation (country, topic, story), the search page, and moves along a story. */
export const browse = new Hono<AppEnv>()
  .get('/countries/:cc', (c) => {
    const cc = c.req.param('cc');
    if (cc !== cc.toLowerCase() && isCountryCode(cc.toUpperCase()))
      return c.redirect(`/countries/${cc.toLowerCase()}`, 301);
    if (!/^[a-z]{2}$/.test(cc) || !isCountryCode(cc.toUpperCase())) return notFoundPage(c);
    return cachedByRevision(
      c,
      (revision) =>
        situationPage(
          c,
          { kind: 'country', code: cc.toUpperCase() },
          { kind: 'country', value: cc },
          countryName(cc.toUpperCase(), c.get('locale').lang),
          revision,
        ),
      { params: ['after'] },
    );
  })
  // One page per topic whatever the language: a label or an alias ("démocratie", "cedeao") leads to it.
  .get('/topics/:topic', async (c) => {
    const asked = c.req.param('topic');
    const topics = await listTopics(c.env.DB);
    const known = TOPIC.test(asked) ? topics.find((t) => t.id === asked) : undefined;
    if (!known) {
      const named = topicNamed(topics, asked);
      return named ? c.redirect(`/topics/${named.id}`, 301) : notFoundPage(c);
    }
    const topic = known.id;
    const name = topicName({ ...c.get('locale'), names: { topics: { [topic]: known.label }, stories: {} } }, topic);
    return cachedByRevision(
      c,
      (revision) => situationPage(c, { kind: 'topic', topic }, { kind: 'topic', value: topic }, name, revision),
      { params: ['after'] },
    );
  })
  .get('/stories/:story', (c) => {
    const story = c.req.param('story');
    if (!STORY.test(story)) return notFoundPage(c);
    return cachedByRevision(
      c,
      async (revision) => {
        const briefings = await listStory(c.env.DB, story, c.get('locale').lang);
        if (briefings.length === 0) return notFoundPage(c);
        const name = storyName({ ...c.get('locale'), names: await readNames(c.env.DB) }, story);
        return html(c, {
          title: `${name} · Briefing`,
          description: briefings.at(-1)?.standfirst ?? name,
          canonical: `${new URL(c.req.url).origin}/stories/${story}`,
          revision,
          feeds: { title: `Briefing: ${name}`, path: `/stories/${story}` },
          body: <StoryPage story={story} briefings={briefings} now={new Date().toISOString()} />,
        });
      },
      { params: [] },
    );
  })
  // "Earlier" and "later" in a briefing's story: the neighbour, or the story's page at either end.
  .get('/briefings/:id/:way{earlier|later}', async (c) => {
    const limited = await readLimited(c);
    if (limited) return limited;
    const briefing = await getBriefing(c.env.DB, c.req.param('id'));
    if (!briefing?.story) return notFoundPage(c);
    const next = (await storyNeighbours(c.env.DB, briefing))[c.req.param('way') as 'earlier' | 'later'];
    c.header('Cache-Control', 'no-cache');
    return c.redirect(next ? `/briefings/${next.id}` : `/stories/${briefing.story}`, 303);
  })
  .get('/search', async (c) => {
    const q = c.req.query('q') ?? '';
    const check = checkQuery(q);
    // Every search reads D1 (its answers are not kept): it counts against the reader's budgets.
    const limited = check === 'ok' ? await readLimited(c, true) : undefined;
    if (limited) return limited;
    const outcome: SearchOutcome =
      check === 'ok' ? { kind: 'results', hits: await searchBriefings(c.env.DB, q) } : { kind: check };
    const w = browseStrings(c.get('locale').lang);
    c.header('Cache-Control', 'public, max-age=60');
    return html(c, {
      title: `${w.searchTitle} · Briefing`,
      description: w.searchLabel,
      canonical: `${new URL(c.req.url).origin}/search`,
      body: <SearchPage q={q.slice(0, 400)} outcome={outcome} />,
    });
  });
