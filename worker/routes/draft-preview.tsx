import { Hono, type Context } from 'hono';
import { diffBriefings } from '../../model/diff';
import { lastMoveAfter } from '../../model/last-move';
import type { Briefing, FieldProblem, RevisionEntry } from '../../model/types';
import { validateBriefingInput } from '../../model/validate';
import { BriefingArticle } from '../../web/components/briefing/BriefingArticle';
import { OutlookHistory } from '../../web/components/briefing/OutlookHistory';
import { OUTLOOK_PARTS } from '../../web/components/briefing/outlook-parts';
import { SituationLinks } from '../../web/components/browse/SituationLinks';
import { PreviewBanner } from '../../web/components/drafts/PreviewBanner';
import { draftStrings } from '../../web/i18n/drafts';
import { prepareDraft, wouldBecome } from '../drafts/prepare';
import { allow } from '../drafts/who';
import { renderDocument } from '../render/document';
import { listRevisions } from '../store/briefings';
import { storyNeighbours } from '../store/browse';
import { getDraft, type Draft } from '../store/drafts';
import { listDesks } from '../store/editors';
import { withTranslations } from '../store/translations';
import { readNames } from '../store/vocabulary';
import type { AppEnv } from '../types';
import { notFoundPage } from './pages';

// A draft's preview: the reader's page drawn by the same components as /briefings/{id}, from what
// publishing now would put live (merged with what went live since the draft's base), under a banner.
// Newsroom only: never indexed, never stored by any cache, and without the app's script, so no service
// worker saves it and nothing of it reaches a reader's phone.

type C = Context<AppEnv>;

interface Drawn {
  briefing: Briefing | null;
  revisions: RevisionEntry[];
  conflicts: number;
  problems: FieldProblem[];
}

async function draw(c: C, draft: Draft, now: Date): Promise<Drawn> {
  const p = await prepareDraft(c.env.DB, draft, now);
  const none = { briefing: null, revisions: [], conflicts: 0, problems: [] };
  if (p.kind === 'invalid') return { ...none, problems: p.problems };
  if (p.kind === 'refused') return { ...none, problems: p.errors ?? [{ path: '$', message: p.detail }] };
  // A conflict: the draft alone, as its editor wrote it, while they settle the clashes.
  const ready =
    p.kind === 'ready'
      ? p
      : (() => {
          const own = validateBriefingInput(draft.briefing);
          return own.ok ? { kind: 'ready' as const, live: p.live, input: own.value, merged: false } : null;
        })();
  if (!ready) return none;
  const becomes = wouldBecome(ready.live, ready, now);
  const [past, desks] = await Promise.all([
    ready.live ? listRevisions(c.env.DB, ready.live.id) : [],
    listDesks(c.env.DB),
  ]);
  const changes = ready.live ? diffBriefings(ready.live, becomes) : [{ kind: 'created' as const }];
  // What publishing would make the outlook's latest move, so the preview's glance and card tell it too.
  const lastMove = lastMoveAfter(ready.live?.lastMove, changes, becomes.modifiedAt, becomes.whatComesNext);
  const [briefing] = await withTranslations(
    c.env.DB,
    [lastMove ? { ...becomes, lastMove } : becomes],
    new URL(c.req.url).origin,
  );
  // The history names who publishes it: whoever scheduled it, else the editor looking at it.
  const who = draft.scheduledBy ?? c.get('editor');
  const desk = desks.find((d) => d.id === who.desk);
  const by = { name: who.name, desk: who.desk, ...(desk ? { deskName: { en: desk.name.en, fr: desk.name.fr } } : {}) };
  return {
    briefing,
    revisions: [{ revision: briefing.revision, at: briefing.modifiedAt, changes, by }, ...past],
    conflicts: p.kind === 'conflict' ? p.conflicts.length : 0,
    problems: [],
  };
}

export const draftPreview = new Hono<AppEnv>().get('/drafts/:draftId/preview', allow('writer'), async (c) => {
  const locale = c.get('locale');
  const draft = await getDraft(c.env.DB, c.req.param('draftId'));
  if (!draft) {
    const missing = await notFoundPage(c);
    missing.headers.set('Cache-Control', 'private, no-store');
    return missing;
  }
  const now = new Date();
  const { briefing, revisions, conflicts, problems } = await draw(c, draft, now);
  const [{ earlier, later }, names] = await Promise.all([
    briefing ? storyNeighbours(c.env.DB, briefing) : Promise.resolve({ earlier: undefined, later: undefined }),
    readNames(c.env.DB),
  ]);
  const d = draftStrings(locale.lang);
  const page = renderDocument({
    // Topics and stories named as readers will see them.
    locale: { ...locale, names },
    prefs: c.get('prefs'),
    origin: new URL(c.req.url).origin,
    title: `${d.previewBannerLabel}: ${briefing?.headline ?? d.previewProblemsTitle} · Briefing`,
    description: briefing?.standfirst ?? d.previewProblemsTitle,
    canonical: new URL(c.req.url).href,
    ogType: 'article',
    robots: 'noindex, nofollow',
    body: (
      <>
        <PreviewBanner scheduledAt={draft.scheduledAt} conflicts={conflicts} problems={problems} />
        {briefing && (
          <BriefingArticle briefing={briefing} now={now.toISOString()} parts={OUTLOOK_PARTS}>
            <OutlookHistory
              revisions={revisions}
              scenarios={briefing.whatComesNext?.scenarios ?? []}
              reviewedAt={briefing.whatComesNext?.lastReviewedAt}
            />
          </BriefingArticle>
        )}
      </>
    ),
    after: briefing ? (
      <SituationLinks briefing={briefing} neighbours={{ earlier: earlier?.id, later: later?.id }} />
    ) : undefined,
  });
  return c.html(page, 200, { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex, nofollow' });
});
