import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { CSP_REPORTS_PATH } from '../http/page-policy';
import { problem } from '../http/problem';
import type { AppEnv } from '../types';

// Enough for a batch of reports; a bigger body is no report of ours.
const MAX_REPORT = 16 * 1024;
const isRecord = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
// Only strings are read: anything else a client sends (`{"toString":1}`) is no report's field, and
// String() of it could throw.
const field = (r: Record<string, unknown>, names: string[], max: number) => {
  const value = names.map((n) => r[n]).find((x) => typeof x === 'string');
  return typeof value === 'string' ? value.slice(0, max) : '';
};
const summarise = (r: Record<string, unknown>) => {
  const inner = [r.body, r['csp-report']].find(isRecord) ?? r;
  return {
    page: field(inner, ['documentURL', 'document-uri'], 300),
    blocked: field(inner, ['blockedURL', 'blocked-uri'], 300),
    directive: field(inner, ['effectiveDirective', 'effective-directive', 'violated-directive'], 100),
  };
};

/**
 * `POST /csp-reports`: what readers' browsers say the CSP blocked (the Reporting API's
 * `application/reports+json`, or the older `application/csp-report`), logged for the newsroom to see
 * in `wrangler tail`. Always 204: a browser does nothing with the answer.
 */
export const cspReports = new Hono<AppEnv>().post(
  CSP_REPORTS_PATH,
  bodyLimit({
    maxSize: MAX_REPORT,
    onError: (c) => problem(c, 413, `A report may be at most ${MAX_REPORT / 1024} KB.`),
  }),
  async (c) => {
    const parsed = await c.req.json<unknown>().catch(() => undefined);
    const reports = (Array.isArray(parsed) ? parsed : [parsed]).filter(isRecord);
    for (const report of reports.slice(0, 20)) console.warn('csp violation', JSON.stringify(summarise(report)));
    return c.body(null, 204, { 'Cache-Control': 'no-store' });
  },
);
