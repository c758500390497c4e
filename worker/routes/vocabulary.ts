import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { problemsOf } from '../../model/validate';
import { storyBody, topicBody } from '../../model/vocabulary';
import { requireRole } from '../http/identity';
import { problem } from '../http/problem';
import { readJson } from '../http/read-json';
import { jsonBody, limitBody, noStore, writeLimit } from '../http/write-guards';
import { listStories, listTopics, putStory, putTopic } from '../store/vocabulary';
import type { AppEnv } from '../types';

// The vocabulary (docs/languages.md): anyone reads it, an admin names topics and stories (§9).

const ID = /^[a-z0-9-]{1,64}$/;
const PUBLIC = { 'Cache-Control': 'public, max-age=60, stale-while-revalidate=60' };

const invalid = (c: Context<AppEnv>, errors: { path: string; message: string }[]) =>
  problem(c, 422, `The body has ${errors.length} problem${errors.length === 1 ? '' : 's'}.`, { errors });

/** Reads and checks a vocabulary write: its id in the address and its body, or the problem that stops it. */
async function readEntry<T extends v.GenericSchema<unknown, object>>(
  c: Context<AppEnv>,
  schema: T,
): Promise<Response | ({ id: string } & v.InferOutput<T>)> {
  const id = c.req.param('id') ?? '';
  const body = await readJson(c);
  if (!body.ok) return body.response;
  const checked = v.safeParse(schema, body.value);
  const errors = [
    ...(ID.test(id) ? [] : [{ path: 'id', message: 'must be 1–64 characters of a–z, 0–9 and -' }]),
    ...(checked.success ? [] : problemsOf(checked.issues)),
  ];
  if (errors.length || !checked.success) return invalid(c, errors);
  return { id, ...checked.output };
}

export const vocabulary = new Hono<AppEnv>()
  .get('/api/topics', async (c) => c.json({ topics: await listTopics(c.env.DB) }, 200, PUBLIC))
  .get('/api/stories', async (c) => c.json({ stories: await listStories(c.env.DB) }, 200, PUBLIC))
  .put('/api/topics/:id', noStore, requireRole('admin'), writeLimit, jsonBody(), limitBody, async (c) => {
    const entry = await readEntry(c, topicBody);
    if (entry instanceof Response) return entry;
    const created = await putTopic(c.env.DB, entry);
    return c.json(entry, created ? 201 : 200);
  })
  .put('/api/stories/:id', noStore, requireRole('admin'), writeLimit, jsonBody(), limitBody, async (c) => {
    const entry = await readEntry(c, storyBody);
    if (entry instanceof Response) return entry;
    const created = await putStory(c.env.DB, entry);
    return c.json(entry, created ? 201 : 200);
  });
