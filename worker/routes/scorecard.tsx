import { scorecardStrings } from '../../web/i18n/scorecard';
import { Hono } from 'hono';
import { ScorecardPage } from '../../web/components/scorecard/ScorecardPage';
import { cachedByRevision } from '../http/cached';
import { json } from '../http/json';
import { readScorecard, readScoredForecasts } from '../store/scores';
import type { AppEnv } from '../types';
import { html } from './pages';

/** The newsroom's record of its outlooks, as a page and as JSON, cached by the feed's revision like home. */
export const scorecard = new Hono<AppEnv>()
  .get('/scorecard', (c) =>
    cachedByRevision(
      c,
      async (revision) => {
        const { lang } = c.get('locale');
        const o = scorecardStrings(lang);
        return html(c, {
          title: `${o.scorecardLink} · Briefing`,
          description: o.scorecardText,
          canonical: `${new URL(c.req.url).origin}/scorecard`,
          revision,
          body: (
            <ScorecardPage scorecard={await readScorecard(c.env.DB)} forecasts={await readScoredForecasts(c.env.DB)} />
          ),
        });
      },
      { params: [] },
    ),
  )
  .get('/api/scorecard', (c) =>
    cachedByRevision(c, async () => json(await readScorecard(c.env.DB)), { params: [], vary: '' }),
  );
