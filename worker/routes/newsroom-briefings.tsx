import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { amendmentInputSchema, amendResolution } from '../../model/amend';
import { resolutionProblems } from '../../model/resolution';
import { movesFirst } from '../../model/draft-changes';
import { diffBriefings } from '../../model/diff';
import type { Editor } from '../../model/editor';
import type { Briefing } from '../../model/types';
import { ConfirmPage } from '../../web/editor/components/ConfirmPage';
import { LiveBriefing } from '../../web/editor/components/LiveBriefing';
import { fill } from '../../web/i18n/context';
import { publishDraft } from '../drafts/publish';
import { enqueueAlert } from '../alerts/enqueue';
import { signerOf } from '../drafts/who';
import { writeLimit } from '../http/write-guards';
import { applyAction, parseAction } from '../newsroom/outlook-action';
import { alertWords, editorPage, fieldNamer, notFoundPage, viewOf } from '../newsroom/page';
import { needRole } from '../newsroom/role';
import { changeSentences } from '../render/draft-changes';
import { primaryLanguage } from '../../model/translation';
import { isLanguage } from '../../web/i18n/languages';
import { translationDraft } from '../newsroom/translation-draft';
import { getBriefing } from '../store/briefings';
import { translationsOf } from '../store/translations';
import { retractBriefing, takeDownBriefing, updateBriefing, type WriteResult } from '../store/edits';
import { createDraft, deleteDraft } from '../store/drafts';
import type { AppEnv } from '../types';

// A live briefing in the newsroom: Revise (a draft of it), and the outlook's one-tap actions, each
// confirmed on a page that says what readers and followers will get. An action goes live as a draft of
// one change published at once: the same checks, record, merge and alerts as any revision.

type C = Context<AppEnv>;

const today = () => new Date().toISOString().slice(0, 10);
const see = (c: C, path: string) => c.redirect(path, 303);

async function live(c: C): Promise<Briefing | Response> {
  const b = await getBriefing(c.env.DB, c.req.param('id') ?? '');
  return b ?? notFoundPage(c);
}

/** The live briefing's newsroom page, with a notice when a revision just went live. */
async function briefingPage(c: C, b: Briefing, notice?: string, status: 200 | 409 | 412 | 422 = 200) {
  const role = c.get('editor').role;
  const [original, translations] = await Promise.all([
    b.translationOf ? getBriefing(c.env.DB, b.translationOf) : null,
    b.translationOf ? [] : translationsOf(c.env.DB, b.id),
  ]);
  return editorPage(
    c,
    b.headline,
    <LiveBriefing
      briefing={b}
      original={original}
      translations={translations.map((t) => ({ id: t.id, language: t.language, headline: t.headline }))}
      canPublish={role !== 'writer'}
      admin={role === 'admin'}
      today={today()}
      notice={notice}
    />,
    { status },
  );
}

/** A live briefing's pages and actions; mounted inside the newsroom's pages, behind their sign-in. */
export const newsroomBriefings = new Hono<AppEnv>()
  .get('/editor/briefings/:id', async (c) => {
    const b = await live(c);
    if (b instanceof Response) return b;
    const r = Number(c.req.query('r'));
    return briefingPage(c, b, r === b.revision ? fill(viewOf(c).t.done, { revision: r }) : undefined);
  })
  .post('/editor/briefings/:id/revise', writeLimit, async (c) => {
    const b = await live(c);
    if (b instanceof Response) return b;
    const draft = await createDraft(c.env.DB, b, { id: b.id, revision: b.revision }, signerOf(c));
    return see(c, `/editor/drafts/${draft.id}`);
  })
  // A live original's translation starts as a new draft in the other language, naming it as its original.
  .post('/editor/briefings/:id/translate', writeLimit, async (c) => {
    const b = await live(c);
    if (b instanceof Response) return b;
    const language = (await c.req.parseBody()).language;
    const taken = [b.language, ...(await translationsOf(c.env.DB, b.id)).map((t) => t.language)].map(primaryLanguage);
    if (
      b.translationOf ||
      b.status !== 'published' ||
      !isLanguage(String(language)) ||
      taken.includes(String(language))
    )
      return briefingPage(c, b, undefined, 422);
    const draft = await createDraft(c.env.DB, translationDraft(b, String(language)), null, signerOf(c));
    return see(c, `/editor/drafts/${draft.id}`);
  })
  .post('/editor/briefings/:id/outlook', needRole('editor'), writeLimit, async (c) => {
    const b = await live(c);
    if (b instanceof Response) return b;
    const form = await c.req.parseBody();
    const view = viewOf(c);
    const action = parseAction(form);
    if (Array.isArray(action)) return briefingPage(c, b, action.map((p) => `${p.path}: ${p.message}`).join(' · '), 422);
    const next = applyAction(b, action, new Date());
    if ('path' in next) return briefingPage(c, b, `${next.path}: ${next.message}`, 422);
    // The page was drawn from another revision: say so, from the current one, rather than act on it.
    if (form._etag !== `"r${b.revision}"`) return briefingPage(c, b, undefined, 412);
    if (form._confirmed !== '1') {
      const locale = c.get('locale');
      return editorPage(
        c,
        b.headline,
        <ConfirmPage
          title={b.headline}
          action={`/editor/briefings/${b.id}/outlook`}
          fields={Object.entries(form).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : []))}
          sentences={changeSentences(movesFirst(diffBriefings(b, next)), false, locale, fieldNamer(c, next))}
          alert={alertWords(c, b, { ...next, revision: b.revision + 1 })}
          warning={action.action === 'resolve' ? view.t.resolveFinal : undefined}
          back={`/editor/briefings/${b.id}`}
        />,
        { view },
      );
    }
    const draft = await createDraft(c.env.DB, next, { id: b.id, revision: b.revision }, signerOf(c));
    const outcome = await publishDraft(c.env, draft, c.get('editor'));
    if (outcome.kind === 'published') return see(c, `/editor/briefings/${b.id}?r=${outcome.briefing.revision}`);
    await deleteDraft(c.env.DB, draft.id);
    const why =
      outcome.kind === 'invalid'
        ? outcome.problems.map((p) => `${p.path}: ${p.message}`).join(' · ')
        : outcome.kind === 'refused'
          ? outcome.detail
          : view.t.conflictTitle;
    return briefingPage(c, (await getBriefing(c.env.DB, b.id)) ?? b, why, 422);
  })
  .post('/editor/briefings/:id/retract', needRole('admin'), writeLimit, (c) =>
    endBriefing(c, 'retract', retractBriefing),
  )
  .post('/editor/briefings/:id/takedown', needRole('admin'), writeLimit, (c) =>
    endBriefing(c, 'takedown', takeDownBriefing),
  )
  .post('/editor/briefings/:id/amend', needRole('editor'), writeLimit, async (c) => {
    const b = await live(c);
    if (b instanceof Response) return b;
    const form = await c.req.parseBody();
    const t = viewOf(c).t;
    const checked = v.safeParse(amendmentInputSchema, {
      scenario: form.scenario,
      outcome: form.outcome,
      note: form.note,
    });
    const now = new Date();
    const next = checked.success ? amendResolution(b, checked.output, c.get('editor').name, now.toISOString()) : null;
    const amended =
      next && 'id' in next && !resolutionProblems(next.whatComesNext!, b.publishedAt, now).length ? next : null;
    return recordChange(c, b, form, {
      title: `${t.amend}: ${b.headline}`,
      sentences: [t.amendConfirm],
      after: amended,
      write: () => updateBriefing(c.env.DB, b, amended!, now, c.get('editor')),
    });
  });

/** An admin's retraction or takedown of a live briefing, for the reason given, confirmed first. */
async function endBriefing(
  c: C,
  kind: 'retract' | 'takedown',
  end: (db: D1Database, b: Briefing, reason: string, now: Date, by: Editor) => Promise<WriteResult>,
): Promise<Response> {
  const b = await live(c);
  if (b instanceof Response) return b;
  const form = await c.req.parseBody();
  const reason = typeof form.reason === 'string' ? form.reason.trim() : '';
  const t = viewOf(c).t;
  return recordChange(c, b, form, {
    title: `${t[kind]}: ${b.headline}`,
    sentences: [reason],
    warning: t[`${kind}Confirm`],
    after: reason ? { ...b, status: 'retracted' } : null,
    write: () => end(c.env.DB, b, reason, new Date(), c.get('editor')),
  });
}

/**
 * A change to the record (retract, take down, amend): first the page that says what readers and followers
 * will get, then, confirmed, the write and its alert. Anything amiss (no reason, a page drawn from another
 * revision) shows the briefing again, as it is now.
 */
async function recordChange(
  c: C,
  b: Briefing,
  form: Record<string, unknown>,
  change: {
    title: string;
    sentences: string[];
    warning?: string;
    after: Briefing | null;
    write: () => Promise<WriteResult>;
  },
): Promise<Response> {
  if (!change.after || b.status !== 'published') return briefingPage(c, b, undefined, 422);
  if (form._etag !== `"r${b.revision}"`) return briefingPage(c, b, undefined, 412);
  if (form._confirmed !== '1') {
    const view = viewOf(c);
    return editorPage(
      c,
      change.title,
      <ConfirmPage
        title={change.title}
        action={c.req.path}
        fields={Object.entries(form).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : []))}
        sentences={change.sentences}
        alert={alertWords(c, b, { ...change.after, revision: b.revision + 1 })}
        warning={change.warning}
        back={`/editor/briefings/${b.id}`}
      />,
      { view },
    );
  }
  const result = await change.write();
  if (!result.ok) return briefingPage(c, (await getBriefing(c.env.DB, b.id)) ?? b, undefined, 412);
  await enqueueAlert(c.env, b, result.briefing);
  return see(c, `/editor/briefings/${b.id}?r=${result.briefing.revision}`);
}
