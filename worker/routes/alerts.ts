import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import * as v from 'valibot';
import { subscriptionRequestSchema, unsubscribeSchema } from '../../model/subscription';
import type { FieldProblem } from '../../model/types';
import { problemsOf } from '../../model/validate';
import { subscriptionProblems } from '../alerts/endpoint';
import { unknownFollows } from '../alerts/known';
import { deleteSubscription, upsertSubscription } from '../alerts/subscriptions';
import { problem } from '../http/problem';
import { readJson } from '../http/read-json';
import { clientAddress } from '../http/read-limit';
import { jsonBody, noStore } from '../http/write-guards';
import type { AppEnv } from '../types';

// Readers' alerts (docs/alerts.md): the key their phone subscribes with, and their subscriptions.
// Nothing here lists or reads a subscription back: a phone can only replace or delete its own.

const MAX_BODY = 16 * 1024;
const WINDOW_SECONDS = 60;

const invalid = (c: Context<AppEnv>, errors: FieldProblem[]) =>
  problem(c, 422, `The subscription has ${errors.length} problem${errors.length === 1 ? '' : 's'}.`, { errors });

/** Subscription writes are rate-limited per address, counted apart from editors' writes. */
const subscribeLimit = createMiddleware<AppEnv>(async (c, next) => {
  const key = `subscribe:${clientAddress(c)}`;
  if (!(await c.env.WRITE_LIMITER.limit({ key })).success)
    return problem(c, 429, 'Too many changes to alerts. Please wait a minute.', {
      headers: { 'Retry-After': String(WINDOW_SECONDS) },
    });
  await next();
});
const limitBody = bodyLimit({
  maxSize: MAX_BODY,
  onError: (c) => problem(c, 413, `A subscription may be at most ${MAX_BODY / 1024} KB.`),
});
const guards = [noStore, subscribeLimit, jsonBody(), limitBody] as const;

export const alerts = new Hono<AppEnv>()
  .get('/api/push/key', (c) => {
    if (!c.env.VAPID_PUBLIC_KEY) return problem(c, 503, 'Alerts are not set up on this server.');
    return c.json({ publicKey: c.env.VAPID_PUBLIC_KEY }, 200, { 'Cache-Control': 'public, max-age=3600' });
  })
  .put('/api/subscriptions', ...guards, async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const parsed = v.safeParse(subscriptionRequestSchema, body.value);
    if (!parsed.success) return invalid(c, problemsOf(parsed.issues));
    const s = parsed.output;
    const problems = [
      ...(await subscriptionProblems(s.subscription, String(c.env.ALLOW_LOOPBACK_PUSH) === 'true')),
      ...(await unknownFollows(c.env.DB, s.follows)),
    ];
    if (problems.length) return invalid(c, problems);
    // One answer whether it was new, replaced, or another's left alone: nothing to probe.
    await upsertSubscription(c.env.DB, s);
    return c.body(null, 204);
  })
  .delete('/api/subscriptions', ...guards, async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const parsed = v.safeParse(unsubscribeSchema, body.value);
    if (!parsed.success) return invalid(c, problemsOf(parsed.issues));
    // The same answer whether or not there was one: nobody learns which endpoints are subscribed.
    await deleteSubscription(c.env.DB, parsed.output.endpoint, parsed.output.auth);
    return c.body(null, 204);
  });
