import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { deskInputSchema, editorInputSchema, email as emailSchema } from '../../model/editor';
import { slug } from '../../model/schema';
import { problemsOf } from '../../model/validate';
import { recentRuns } from '../alerts/runs';
import { requireRole } from '../http/identity';
import { problem } from '../http/problem';
import { readJson } from '../http/read-json';
import { jsonBody, limitBody, noStore, writeLimit } from '../http/write-guards';
import {
  addToken,
  deskExists,
  editorByEmail,
  listDesks,
  listEditors,
  putDesk,
  putEditor,
  revokeTokens,
} from '../store/editors';
import type { AppEnv } from '../types';

// The newsroom's lists, for admins (docs/editors.md): editors, their personal tokens, desks. The
// editors command and the web editor use these same routes.

const invalid = (c: Context<AppEnv>, issues: v.BaseIssue<unknown>[]) => {
  const errors = problemsOf(issues);
  return problem(c, 422, `The request has ${errors.length} problem${errors.length === 1 ? '' : 's'}.`, { errors });
};

/** The address in the path, as stored (lower case), or the 422 that names it. */
function emailOf(c: Context<AppEnv>): string | Response {
  const parsed = v.safeParse(emailSchema, decodeURIComponent(c.req.param('email') ?? ''));
  return parsed.success
    ? parsed.output
    : problem(c, 422, 'The address is not an email address.', {
        errors: [{ path: 'email', message: parsed.issues[0].message }],
      });
}

const admin = [noStore, requireRole('admin'), writeLimit] as const;

export const newsroom = new Hono<AppEnv>()
  // Who a token or a sign-in is: the commands say which editor they act as before they act.
  .get('/api/me', noStore, requireRole('writer'), (c) => c.json(c.var.editor))
  // What became of the newsroom's latest alerts (docs/alerts.md), or of one briefing's (`?briefing=`).
  .get('/api/alerts', noStore, requireRole('writer'), async (c) =>
    c.json({ alerts: await recentRuns(c.env.DB, 50, c.req.query('briefing') || undefined) }),
  )
  .get('/api/editors', ...admin, async (c) => c.json({ editors: await listEditors(c.env.DB) }))
  .get('/api/desks', noStore, requireRole('writer'), async (c) => c.json({ desks: await listDesks(c.env.DB) }))
  .put('/api/editors/:email', ...admin, jsonBody(), limitBody, async (c) => {
    const email = emailOf(c);
    if (email instanceof Response) return email;
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const checked = v.safeParse(editorInputSchema, body.value);
    if (!checked.success) return invalid(c, checked.issues);
    if (!(await deskExists(c.env.DB, checked.output.desk)))
      return problem(c, 422, 'The request has 1 problem.', {
        errors: [
          {
            path: 'desk',
            message: `there is no desk "${checked.output.desk}"; add it first with PUT /api/desks/${checked.output.desk}`,
          },
        ],
      });
    const { editor, created } = await putEditor(c.env.DB, email, checked.output);
    return c.json(editor, created ? 201 : 200);
  })
  .post('/api/editors/:email/tokens', ...admin, async (c) => {
    const email = emailOf(c);
    if (email instanceof Response) return email;
    const editor = await editorByEmail(c.env.DB, email);
    if (!editor) return problem(c, 404, `There is no editor ${email}.`);
    // Shown this once: only its hash is kept, so a lost token is revoked and made again.
    return c.json({ token: await addToken(c.env.DB, editor.id), editor }, 201);
  })
  .delete('/api/editors/:email/tokens', ...admin, async (c) => {
    const email = emailOf(c);
    if (email instanceof Response) return email;
    const editor = await editorByEmail(c.env.DB, email);
    if (!editor) return problem(c, 404, `There is no editor ${email}.`);
    return c.json({ revoked: await revokeTokens(c.env.DB, editor.id), editor });
  })
  .put('/api/desks/:id', ...admin, jsonBody(), limitBody, async (c) => {
    const id = v.safeParse(slug, c.req.param('id'));
    if (!id.success)
      return problem(c, 422, 'The desk id is not a slug.', { errors: [{ path: 'id', message: id.issues[0].message }] });
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const checked = v.safeParse(deskInputSchema, body.value);
    if (!checked.success) return invalid(c, checked.issues);
    const created = await putDesk(c.env.DB, id.output, checked.output);
    return c.json({ id: id.output, ...checked.output }, created ? 201 : 200);
  });
