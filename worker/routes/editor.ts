import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { amendmentInputSchema, amendResolution } from '../../model/amend';
import { resolutionProblems } from '../../model/resolution';
import { fieldsOnly, text } from '../../model/schema';
import type { Briefing, FieldProblem } from '../../model/types';
import { problemsOf, validateBriefingInput } from '../../model/validate';
import { enqueueAlert } from '../alerts/enqueue';
import { requireRole } from '../http/identity';
import { problem } from '../http/problem';
import { readJson } from '../http/read-json';
import { resolutionRefusal } from '../http/resolution-checks';
import {
  hasBody,
  ifMatchAdvice,
  ifMatchHolds,
  jsonBody,
  limitBody,
  noStore,
  requireIfMatch,
  writeLimit,
} from '../http/write-guards';
import { createBriefing, getBriefing } from '../store/briefings';
import { retractBriefing, takeDownBriefing, updateBriefing, type WriteResult } from '../store/edits';
import { referenceProblems } from '../store/references';
import type { AppEnv } from '../types';

// Editors' writes (docs/editors.md). Guards run cheapest first: who (401), how often (429), against
// which revision (428), what kind and size of body (415, 413); only then is the body read.

const NO_REASON = 'No reason was given.';
const retractionBody = fieldsOnly({ reason: v.optional(text(1000)) });

const takedownBody = v.strictObject({ reason: text(1000) }, (i) =>
  i.expected === 'never' ? 'is not a known field' : i.input === undefined ? 'is required' : 'must be an object',
);

const etagOf = (b: Briefing) => `"r${b.revision}"`;
const saved = (c: Context<AppEnv>, b: Briefing, status: 200 | 201 = 200, headers: Record<string, string> = {}) =>
  c.json(b, status, { ETag: etagOf(b), ...headers });
// A 422 lists at most this many problems: enough to act on, never a body bigger than the request.
const MAX_LISTED = 100;
const invalid = (c: Context<AppEnv>, errors: FieldProblem[]) =>
  problem(
    c,
    422,
    `The briefing has ${errors.length} problem${errors.length === 1 ? '' : 's'}${errors.length > MAX_LISTED ? `; the first ${MAX_LISTED} are listed` : ''}.`,
    { errors: errors.slice(0, MAX_LISTED) },
  );
const stale = (c: Context<AppEnv>, current: Briefing) =>
  problem(
    c,
    412,
    `Revision ${current.revision} is current: fetch it, apply your change again, and send it with If-Match: "r${current.revision}".` +
      ifMatchAdvice(c.req.header('If-Match') ?? '', current.revision),
    {
      headers: { ETag: etagOf(current) },
    },
  );

/** Loads the briefing a change is aimed at, or the problem that stops the change. */
async function target(c: Context<AppEnv>, id: string): Promise<Briefing | Response> {
  const current = await getBriefing(c.env.DB, id);
  if (!current) return problem(c, 404, `There is no briefing "${id}".`);
  if (current.status === 'retracted') return problem(c, 409, `"${id}" is retracted; a retraction is final.`);
  if (!ifMatchHolds(c.req.header('If-Match') ?? '', current.revision)) return stale(c, current);
  return current;
}

/** Answers a revise or retract: the new revision, or 412 with the revision that beat it. */
async function answer(c: Context<AppEnv>, id: string, before: Briefing, result: WriteResult): Promise<Response> {
  if (result.ok) {
    const alerts = await enqueueAlert(c.env, before, result.briefing);
    return saved(c, result.briefing, 200, { 'Briefing-Alerts': alerts });
  }
  const current = await getBriefing(c.env.DB, id);
  return current ? stale(c, current) : problem(c, 404, `There is no briefing "${id}".`);
}

export const editor = new Hono<AppEnv>()
  .post('/api/briefings', noStore, requireRole('editor'), writeLimit, jsonBody(), limitBody, async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const checked = validateBriefingInput(body.value);
    if (!checked.ok) return invalid(c, checked.problems);
    const unknown = await referenceProblems(c.env.DB, checked.value, null);
    if (unknown.length) return invalid(c, unknown);
    // A translation's forecast is its original's: what it was sent with is not checked, only ignored.
    const refused = checked.value.translationOf ? null : resolutionRefusal(c, checked.value, null);
    if (refused) return refused;
    const created = await createBriefing(c.env.DB, checked.value, new Date(), c.var.editor);
    if (!created)
      return problem(c, 409, `A briefing "${checked.value.id}" exists; ids are never reused. Revise it with PUT.`);
    const alerts = await enqueueAlert(c.env, null, created);
    const location = `${new URL(c.req.url).origin}/api/briefings/${created.id}`;
    return saved(c, created, 201, { Location: location, 'Briefing-Alerts': alerts });
  })
  .put(
    '/api/briefings/:id',
    noStore,
    requireRole('editor'),
    writeLimit,
    requireIfMatch,
    jsonBody(),
    limitBody,
    async (c) => {
      const id = c.req.param('id');
      const body = await readJson(c);
      if (!body.ok) return body.response;
      const checked = validateBriefingInput(body.value);
      const sentId = (body.value as { id?: unknown } | null)?.id;
      let problems = checked.ok ? [] : checked.problems;
      if (sentId !== id) {
        problems = [
          { path: 'id', message: `must be "${id}", the id in the address; ids never change` },
          ...problems.filter((p) => p.path !== 'id'),
        ];
      }
      if (problems.length || !checked.ok) return invalid(c, problems);
      const current = await target(c, id);
      if (current instanceof Response) return current;
      const unknown = await referenceProblems(c.env.DB, checked.value, current);
      if (unknown.length) return invalid(c, unknown);
      const refused = checked.value.translationOf ? null : resolutionRefusal(c, checked.value, current);
      if (refused) return refused;
      return answer(c, id, current, await updateBriefing(c.env.DB, current, checked.value, new Date(), c.var.editor));
    },
  )
  .delete(
    '/api/briefings/:id',
    noStore,
    // A retraction is final and public: only an admin makes one.
    requireRole('admin'),
    writeLimit,
    requireIfMatch,
    jsonBody(true),
    limitBody,
    async (c) => {
      const id = c.req.param('id');
      let reason = NO_REASON;
      if (hasBody(c.req.raw.headers)) {
        const body = await readJson(c);
        if (!body.ok) return body.response;
        const checked = v.safeParse(retractionBody, body.value);
        if (!checked.success) return invalid(c, problemsOf(checked.issues));
        reason = checked.output.reason?.trim() ?? NO_REASON;
      }
      const current = await target(c, id);
      if (current instanceof Response) return current;
      return answer(c, id, current, await retractBriefing(c.env.DB, current, reason, new Date(), c.var.editor));
    },
  )
  .post(
    '/api/briefings/:id/amendments',
    noStore,
    requireRole('editor'),
    writeLimit,
    requireIfMatch,
    jsonBody(),
    limitBody,
    async (c) => {
      const id = c.req.param('id');
      const body = await readJson(c);
      if (!body.ok) return body.response;
      const checked = v.safeParse(amendmentInputSchema, body.value);
      if (!checked.success) return invalid(c, problemsOf(checked.issues));
      const current = await target(c, id);
      if (current instanceof Response) return current;
      const now = new Date();
      const next = amendResolution(current, checked.output, c.var.editor.name, now.toISOString());
      if (!('id' in next)) return invalid(c, [next]);
      const problems = resolutionProblems(next.whatComesNext!, current.publishedAt, now);
      if (problems.length) return invalid(c, problems);
      return answer(c, id, current, await updateBriefing(c.env.DB, current, next, now, c.var.editor));
    },
  )
  // A takedown (legal, safety): retracted, and the text gone from the history as well. Admins only.
  .post('/api/briefings/:id/takedown', noStore, requireRole('admin'), writeLimit, jsonBody(), limitBody, async (c) => {
    const id = c.req.param('id');
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const checked = v.safeParse(takedownBody, body.value);
    if (!checked.success) return invalid(c, problemsOf(checked.issues));
    const current = await getBriefing(c.env.DB, id);
    if (!current) return problem(c, 404, `There is no briefing "${id}".`);
    const result = await takeDownBriefing(c.env.DB, current, checked.output.reason.trim(), new Date(), c.var.editor);
    return answer(c, id, current, result);
  });
