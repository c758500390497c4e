import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { app } from '../../worker/app';

/** How the D1 stand-in behaves: as the real one (counted), down, or failing inside a batch. */
export type D1Mode = 'up' | 'down' | 'fails-mid-batch';

/**
 * The real local D1, counted: every statement prepared is one query the worker sends. `down` fails
 * every query as an outage would; `fails-mid-batch` runs a batch's first statement, then fails the
 * next, so a test sees whether anything of the batch stays.
 */
export function countedD1(mode: () => D1Mode = () => 'up') {
  const counts = { queries: 0, batches: 0 };
  const real = env.DB;
  const outage = () => Promise.reject(new Error('D1_ERROR: storage is unavailable'));
  const broken = { bind: () => broken, first: outage, all: outage, run: outage, raw: outage };
  const db = new Proxy(real, {
    get(target, prop) {
      if (prop === 'prepare')
        return (sql: string) => {
          counts.queries++;
          return mode() === 'down' ? broken : target.prepare(sql);
        };
      if (prop === 'batch')
        return (statements: D1PreparedStatement[]) => {
          counts.batches++;
          if (mode() === 'down') return outage();
          if (mode() === 'fails-mid-batch')
            return target.batch([statements[0], target.prepare('INSERT INTO revisions (briefing_id) VALUES (NULL)')]);
          return target.batch(statements);
        };
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db, counts };
}

/**
 * A request to the worker's app with some bindings replaced (a counted or failing D1, another token),
 * waiting for what it leaves running (cache writes) before answering.
 */
export async function through(url: string, init: RequestInit = {}, bindings: Partial<Env> = {}): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await app.request(
    url.startsWith('http') ? url : `https://briefing.test${url}`,
    init,
    { ...env, ...bindings },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return res;
}
