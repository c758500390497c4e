import { Hono, type Context } from 'hono';
import { movesFirst } from '../../model/draft-changes';
import { diffBriefings } from '../../model/diff';
import type { FieldProblem } from '../../model/types';
import { DraftForm } from '../../web/editor/components/DraftForm';
import { NewsroomList, type ListEntry } from '../../web/editor/components/NewsroomList';
import { ReviewPage } from '../../web/editor/components/ReviewPage';
import { fieldId } from '../../web/editor/form-fields';
import { blankBriefing } from '../../web/editor/form-lists';
import { prepareDraft, wouldBecome } from '../drafts/prepare';
import { publishDraft } from '../drafts/publish';
import { maySchedule, signerOf } from '../drafts/who';
import { limitBody, writeLimit } from '../http/write-guards';
import { formChoices } from '../newsroom/form-choices';
import { readFormPost, versionOf } from '../newsroom/form-post';
import { liveEntries } from '../newsroom/live-list';
import { alertWords, editorPage, fieldNamer, notFoundPage, viewOf } from '../newsroom/page';
import { needRole } from '../newsroom/role';
import { signedIn } from '../newsroom/signed-in';
import { setByDraftPath } from '../newsroom/settle';
import { fill } from '../../web/i18n/context';
import { formatDate } from '../../web/i18n/format';
import { changeSentences } from '../render/draft-changes';
import { createDraft, deleteDraft, getDraft, listDrafts, saveDraft, scheduleDraft, type Draft } from '../store/drafts';
import type { AppEnv } from '../types';
import { newsroomAdmin } from './newsroom-admin';
import { newsroomBriefings } from './newsroom-briefings';

// The newsroom's web editor (docs/editors.md, "The web editor"): server-rendered pages and plain form
// posts, so all of it works without JavaScript; web/editor/main.ts adds autosave and the phone's copy.
// Every post is checked for its Origin (CSRF) and every page is no-store and noindex.

type C = Context<AppEnv>;

const draftTag = (d: Draft) => `"d${d.version}"`;
const today = () => new Date().toISOString().replace(/T.*/, 'T12:00:00Z');
const see = (c: C, path: string) => c.redirect(path, 303);

/** Who saved a draft since the page was drawn, and when, in the editor's language. */
function savedSince(c: C, d: Draft): string {
  const { lang, t } = viewOf(c);
  return fill(t.savedSince, {
    name: d.updatedBy.name,
    when: `${formatDate(d.updatedAt, lang)} ${d.updatedAt.slice(11, 16)} UTC`,
  });
}

/** The draft the address names, or the newsroom's 404. */
async function named(c: C): Promise<Draft | Response> {
  const draft = await getDraft(c.env.DB, c.req.param('draftId') ?? '');
  return draft ?? notFoundPage(c);
}

/** The form of a draft, with its problems next to their fields. */
async function formPage(
  c: C,
  briefing: Record<string, unknown>,
  options: { draft?: Draft; problems?: FieldProblem[]; status?: 200 | 412; checked: boolean },
) {
  const view = viewOf(c, briefing, options.problems ?? []);
  const draft = options.draft;
  const title = String(briefing.headline || view.t.newBriefing);
  return editorPage(
    c,
    title,
    <>
      <h1>{title}</h1>
      <DraftForm
        action={draft ? `/editor/drafts/${draft.id}` : '/editor/drafts'}
        draftId={draft?.id}
        etag={draft ? draftTag(draft) : undefined}
        base={draft?.base ?? undefined}
        checked={options.checked}
        choices={await formChoices(c.env.DB, c.get('locale').lang)}
        review={draft ? `/editor/drafts/${draft.id}/review` : undefined}
      />
    </>,
    { view, status: options.status },
  );
}

export const newsroomPages = new Hono<AppEnv>()
  .use('/editor', signedIn)
  .use('/editor/*', signedIn)
  .route('/', newsroomBriefings)
  .route('/', newsroomAdmin)
  .get('/editor', async (c) => {
    const { drafts } = await listDrafts(c.env.DB);
    const entry = (d: (typeof drafts)[number]): ListEntry => ({
      href: `/editor/drafts/${d.id}`,
      headline: d.headline,
      at: d.updatedAt,
      by: d.updatedBy.name,
      revises: d.base?.id,
      translates: d.translationOf,
      scheduledAt: d.scheduledAt,
    });
    const t = viewOf(c).t;
    return editorPage(
      c,
      t.briefings,
      <NewsroomList
        drafts={drafts.filter((d) => !d.scheduledAt).map(entry)}
        scheduled={drafts.filter((d) => d.scheduledAt).map(entry)}
        live={await liveEntries(c.env.DB)}
        admin={c.get('editor').role === 'admin'}
      />,
    );
  })
  .get('/editor/new', async (c) => {
    const briefing = blankBriefing(c.get('locale').lang, today(), c.get('editor').desk);
    return formPage(c, briefing, { checked: false });
  })
  .post('/editor/drafts', writeLimit, limitBody, async (c) => {
    const { briefing, anchor } = await readFormPost(c);
    const draft = await createDraft(c.env.DB, briefing, null, signerOf(c));
    return see(c, `/editor/drafts/${draft.id}${anchor ? `#${fieldId(anchor)}` : ''}`);
  })
  .get('/editor/drafts/:draftId', async (c) => {
    const draft = await named(c);
    if (draft instanceof Response) return draft;
    const p = await prepareDraft(c.env.DB, draft);
    const problems = p.kind === 'invalid' ? p.problems : p.kind === 'refused' ? (p.errors ?? []) : [];
    return formPage(c, draft.briefing, { draft, problems, checked: true });
  })
  .post('/editor/drafts/:draftId', writeLimit, limitBody, async (c) => {
    const draft = await named(c);
    if (draft instanceof Response) return draft;
    const { briefing, controls, anchor } = await readFormPost(c);
    const change = { briefing, base: draft.base };
    const version = versionOf(controls._etag);
    const saved =
      version === draft.version
        ? await saveDraft(c.env.DB, draft.id, version, change, signerOf(c), maySchedule(c))
        : null;
    if (!saved) {
      // Saved by someone else since this page was drawn: nothing typed is lost; the page shows it with
      // the newer version's ETag, so saving again is a choice made knowing it.
      const now = (await getDraft(c.env.DB, draft.id)) ?? draft;
      return formPage(c, briefing, {
        draft: now,
        checked: false,
        status: 412,
        problems: [{ path: '$', message: savedSince(c, now) }],
      });
    }
    return see(c, `/editor/drafts/${draft.id}${anchor ? `#${fieldId(anchor)}` : ''}`);
  })
  .get('/editor/drafts/:draftId/review', async (c) => reviewPage(c))
  .post('/editor/drafts/:draftId/publish', needRole('editor'), writeLimit, limitBody, async (c) => {
    const draft = await named(c);
    if (draft instanceof Response) return draft;
    const form = await c.req.parseBody();
    if (versionOf(String(form._etag)) !== draft.version) return see(c, `/editor/drafts/${draft.id}/review`);
    if (typeof form.at === 'string' && form.at) {
      const at = new Date(`${form.at.slice(0, 16)}:00Z`);
      if (Number.isNaN(at.getTime()) || at.getTime() <= Date.now()) return reviewPage(c, draft);
      if ((await prepareDraft(c.env.DB, draft, at)).kind !== 'ready') return reviewPage(c, draft);
      await scheduleDraft(c.env.DB, draft.id, draft.version, at.toISOString(), signerOf(c));
      return see(c, '/editor');
    }
    return publishOrShow(c, draft);
  })
  .post('/editor/drafts/:draftId/settle', needRole('editor'), writeLimit, limitBody, async (c) => {
    const draft = await named(c);
    if (draft instanceof Response) return draft;
    const form = await c.req.parseBody();
    const p = await prepareDraft(c.env.DB, draft);
    if (p.kind !== 'conflict' || versionOf(String(form._etag)) !== draft.version) return reviewPage(c, draft);
    // The merge holds every other change of both sides and the live value of each clash: the editor's
    // choices put theirs back where they chose it.
    const settled = structuredClone(p.merged) as Record<string, unknown>;
    p.conflicts.forEach((conflict, i) => {
      if (form[`choice.${i}`] === 'yours') setByDraftPath(settled, draft.briefing, conflict.path, conflict.yours);
    });
    const base = { id: p.live.id, revision: p.live.revision };
    const saved = await saveDraft(c.env.DB, draft.id, draft.version, { briefing: settled, base }, signerOf(c), true);
    return saved ? publishOrShow(c, saved) : reviewPage(c);
  })
  .post('/editor/drafts/:draftId/delete', writeLimit, async (c) => {
    const draft = await named(c);
    if (draft instanceof Response) return draft;
    const form = await c.req.parseBody();
    await deleteDraft(c.env.DB, draft.id, versionOf(String(form._etag)) ?? undefined);
    return see(c, '/editor');
  });

/** Publishes a draft, then shows the live briefing; on a clash or a problem, the review page says which. */
async function publishOrShow(c: C, draft: Draft): Promise<Response> {
  const outcome = await publishDraft(c.env, draft, c.get('editor'));
  if (outcome.kind === 'published')
    return see(c, `/editor/briefings/${outcome.briefing.id}?r=${outcome.briefing.revision}`);
  return reviewPage(c, draft, outcome.kind === 'conflict' ? 409 : 422);
}

/** A draft's review: its problems, what will change, publish or schedule, or the clashes to settle. */
async function reviewPage(c: C, known?: Draft, status: 200 | 409 | 422 = 200): Promise<Response> {
  const draft = known ?? (await named(c));
  if (draft instanceof Response) return draft;
  const now = new Date();
  const p = await prepareDraft(c.env.DB, draft, now);
  const locale = c.get('locale');
  const ready = p.kind === 'ready' ? p : null;
  const after = ready && wouldBecome(ready.live, ready, now);
  const problems = p.kind === 'invalid' ? p.problems.length : p.kind === 'refused' ? (p.errors?.length ?? 1) : 0;
  const view = viewOf(c, draft.briefing);
  const headline = String(draft.briefing.headline ?? '');
  return editorPage(
    c,
    headline || view.t.untitled,
    <ReviewPage
      draftId={draft.id}
      headline={headline}
      problems={problems}
      conflicts={p.kind === 'conflict' ? p.conflicts : undefined}
      live={p.kind === 'conflict' ? p.live : undefined}
      sentences={
        ready && after
          ? changeSentences(
              ready.live ? movesFirst(diffBriefings(ready.live, after)) : [],
              !ready.live,
              locale,
              fieldNamer(c, after),
            )
          : []
      }
      alert={ready && after ? alertWords(c, ready.live, after) : null}
      canPublish={c.get('editor').role !== 'writer'}
      etag={draftTag(draft)}
    />,
    { view, status },
  );
}
