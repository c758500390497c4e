import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { draftBodySchema, publishBodySchema, type DraftBody } from '../../model/draft';
import { movesFirst } from '../../model/draft-changes';
import { diffBriefings } from '../../model/diff';
import type { Briefing, FieldProblem } from '../../model/types';
import { problemsOf } from '../../model/validate';
import { alertFor } from '../alerts/what-moved';
import { prepareDraft, wouldBecome, type Prepared } from '../drafts/prepare';
import { publishDraft, type Outcome } from '../drafts/publish';
import { allow, maySchedule, signerOf } from '../drafts/who';
import { problem } from '../http/problem';
import { readJson } from '../http/read-json';
import { hasBody, jsonBody, limitBody, noStore, writeLimit } from '../http/write-guards';
import { changeSentences } from '../render/draft-changes';
import { getBriefing } from '../store/briefings';
import { createDraft, deleteDraft, getDraft, listDrafts, saveDraft, scheduleDraft, type Draft } from '../store/drafts';
import type { AppEnv } from '../types';

// Drafts (docs/editors.md, "Drafts"): kept on the server as typed, checked on demand, previewed
// (./draft-preview.tsx), compared with what is live, then published or scheduled. Never public.

type C = Context<AppEnv>;

/** A draft's own ETag: its version, apart from a briefing's "r{revision}". */
const draftTag = (d: Draft) => `"d${d.version}"`;
const draftUrl = (c: C, id: string) => `${new URL(c.req.url).origin}/api/drafts/${id}`;
const sendDraft = (c: C, d: Draft, status: 200 | 201 | 202 = 200, headers: Record<string, string> = {}) =>
  c.json(d, status, { ETag: draftTag(d), ...headers });
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The draft the address names, or a 404. */
async function named(c: C): Promise<Draft | Response> {
  const draft = await getDraft(c.env.DB, c.req.param('draftId') ?? '');
  return draft ?? problem(c, 404, `There is no draft "${c.req.param('draftId')}".`);
}

/** `If-Match` on a draft: its own ETag, `d3` without quotes read as meant. Absent: undefined. */
function matches(c: C, draft: Draft): boolean | undefined {
  const header = c.req.header('If-Match');
  if (header === undefined) return undefined;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^'?(d\d+)'?$/, '"$1"'))
    .some((t) => t === '*' || t === draftTag(draft));
}

const staleDraft = (c: C, draft: Draft) =>
  problem(
    c,
    412,
    `The draft was saved since (version ${draft.version}, by ${draft.updatedBy.name}, ${draft.updatedAt}): fetch it and apply your change there, with If-Match: ${draftTag(draft)}.`,
    { headers: { ETag: draftTag(draft) } },
  );

/** The body of a create or save, or the problem that stops it (a base that is not live is a 422 at its path). */
async function draftBody(c: C): Promise<DraftBody | Response> {
  const body = await readJson(c);
  if (!body.ok) return body.response;
  const checked = v.safeParse(draftBodySchema, body.value);
  if (!checked.success)
    return problem(c, 422, 'The draft cannot be kept as sent.', { errors: problemsOf(checked.issues) });
  const base = checked.output.base;
  if (base) {
    const live = await getBriefing(c.env.DB, base.id);
    const wrong: FieldProblem | null = !live
      ? { path: 'base.id', message: `is no published briefing` }
      : base.revision > live.revision
        ? { path: 'base.revision', message: `must be at most ${live.revision}, the live revision` }
        : null;
    if (wrong) return problem(c, 422, 'The draft’s base is not a revision of a live briefing.', { errors: [wrong] });
  }
  return checked.output;
}

/** The answer to a draft that cannot (yet) be published: its problems, its conflicts, or why not. */
function refusal(c: C, p: Exclude<Prepared, { kind: 'ready' }>): Response {
  if (p.kind === 'invalid')
    return problem(
      c,
      422,
      `The ${p.merged ? 'draft merged with the live briefing' : 'draft'} has ${plural(p.problems.length, 'problem')}.`,
      { errors: p.problems.slice(0, 100) },
    );
  if (p.kind === 'conflict')
    return problem(
      c,
      409,
      `Revision ${p.live.revision} went live since this draft's base, and ${plural(p.conflicts.length, 'change')} of it clash with the draft's. Nothing was published. Choose each value, then save the draft with "base": { "id": "${p.live.id}", "revision": ${p.live.revision} } and publish again; "merged" holds every other change of both, and the live values where they clash.`,
      {
        headers: { ETag: `"r${p.live.revision}"` },
        members: { conflicts: p.conflicts, merged: p.merged, live: { id: p.live.id, revision: p.live.revision } },
      },
    );
  return problem(c, p.status, p.detail, p.errors ? { errors: p.errors } : {});
}

function published(c: C, o: Extract<Outcome, { kind: 'published' }>): Response {
  const b = o.briefing;
  const location = `${new URL(c.req.url).origin}/api/briefings/${b.id}`;
  return c.json(b, o.created ? 201 : 200, { ETag: `"r${b.revision}"`, ...(o.created ? { Location: location } : {}) });
}

/** What publishing would change: the changes (outlook moves first), in sentences, and the alert it would send. */
function whatWouldChange(c: C, draft: Draft, live: Briefing | null, input: Briefing) {
  const changes = live ? movesFirst(diffBriefings(live, input)) : [];
  const alert = alertFor(live, input);
  return {
    draft: draft.id,
    against: live ? { id: live.id, revision: live.revision } : null,
    merged: draft.base !== null && live !== null && draft.base.revision !== live.revision,
    changes,
    summary: changeSentences(changes, !live, c.get('locale')),
    alert: alert && { kind: alert.kind, title: alert.title, body: alert.body },
  };
}

export const drafts = new Hono<AppEnv>()
  .use('/api/drafts', noStore)
  .use('/api/drafts/*', noStore)
  .post('/api/drafts', allow('writer'), writeLimit, jsonBody(), limitBody, async (c) => {
    const body = await draftBody(c);
    if (body instanceof Response) return body;
    const draft = await createDraft(c.env.DB, body.briefing, body.base ?? null, signerOf(c));
    return sendDraft(c, draft, 201, { Location: draftUrl(c, draft.id) });
  })
  .get('/api/drafts', allow('writer'), async (c) => {
    const after = c.req.query('after');
    if (after !== undefined && !/^[^~]+~[\w-]+$/.test(after))
      return problem(c, 400, 'after must be the next of a page this server gave.');
    return c.json(await listDrafts(c.env.DB, after));
  })
  .get('/api/drafts/:draftId', allow('writer'), async (c) => {
    const draft = await named(c);
    return draft instanceof Response ? draft : sendDraft(c, draft);
  })
  .put('/api/drafts/:draftId', allow('writer'), writeLimit, jsonBody(), limitBody, async (c) => {
    if (!c.req.header('If-Match'))
      return problem(c, 428, 'Say which version of the draft you edited: send If-Match with its ETag.');
    const draft = await named(c);
    if (draft instanceof Response) return draft;
    if (!matches(c, draft)) return staleDraft(c, draft);
    const body = await draftBody(c);
    if (body instanceof Response) return body;
    const change = { briefing: body.briefing, base: body.base ?? null };
    const saved = await saveDraft(c.env.DB, draft.id, draft.version, change, signerOf(c), maySchedule(c));
    if (saved) return sendDraft(c, saved);
    const now = await getDraft(c.env.DB, draft.id);
    return now ? staleDraft(c, now) : problem(c, 404, `The draft "${draft.id}" was deleted or published meanwhile.`);
  })
  .delete('/api/drafts/:draftId', allow('writer'), writeLimit, async (c) => {
    const draft = await named(c);
    if (draft instanceof Response) return draft;
    if (matches(c, draft) === false) return staleDraft(c, draft);
    if (draft.scheduledAt && !maySchedule(c))
      return problem(c, 403, 'This draft is scheduled: only an editor may delete it.');
    return (await deleteDraft(c.env.DB, draft.id, draft.version)) ? c.body(null, 204) : staleDraft(c, draft);
  })
  .get('/api/drafts/:draftId/check', allow('writer'), async (c) => {
    const draft = await named(c);
    if (draft instanceof Response) return draft;
    const p = await prepareDraft(c.env.DB, draft);
    const errors = p.kind === 'invalid' ? p.problems : p.kind === 'refused' ? (p.errors ?? []) : [];
    return c.json({
      draft: draft.id,
      ready: p.kind === 'ready',
      errors,
      ...(p.kind === 'conflict' ? { conflicts: p.conflicts } : {}),
      ...(p.kind === 'refused' ? { detail: p.detail } : {}),
    });
  })
  .get('/api/drafts/:draftId/diff', allow('writer'), async (c) => {
    const draft = await named(c);
    if (draft instanceof Response) return draft;
    const now = new Date();
    const p = await prepareDraft(c.env.DB, draft, now);
    if (p.kind !== 'ready') return refusal(c, p);
    return c.json(whatWouldChange(c, draft, p.live, wouldBecome(p.live, p, now)));
  })
  .post('/api/drafts/:draftId/publish', allow('editor'), writeLimit, jsonBody(true), limitBody, async (c) => {
    const draft = await named(c);
    if (draft instanceof Response) return draft;
    if (matches(c, draft) === false) return staleDraft(c, draft);
    let at: string | null | undefined;
    if (hasBody(c.req.raw.headers)) {
      const body = await readJson(c);
      if (!body.ok) return body.response;
      const checked = v.safeParse(publishBodySchema, body.value);
      if (!checked.success)
        return problem(c, 422, 'The publish request has problems.', { errors: problemsOf(checked.issues) });
      at = checked.output.at;
    }
    if (at === undefined) {
      const outcome = await publishDraft(c.env, draft, c.var.editor);
      return outcome.kind === 'published' ? published(c, outcome) : refusal(c, outcome);
    }
    if (at !== null && Date.parse(at) <= Date.now())
      return problem(c, 422, 'A schedule must be in the future; publish without "at" to publish now.', {
        errors: [{ path: 'at', message: 'must be in the future' }],
      });
    if (at !== null) {
      // Scheduled only if it could be published at its time: the problems are the editor's to fix, not
      // the cron's (dates up to that minute are then past facts, as they will be).
      const p = await prepareDraft(c.env.DB, draft, new Date(at));
      if (p.kind !== 'ready') return refusal(c, p);
    }
    const when = at === null ? null : new Date(at).toISOString();
    const scheduled = await scheduleDraft(c.env.DB, draft.id, draft.version, when, when ? signerOf(c) : null);
    if (!scheduled) return staleDraft(c, (await getDraft(c.env.DB, draft.id)) ?? draft);
    return sendDraft(c, scheduled, when ? 202 : 200);
  });
