import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { CSP_REPORTS_PATH } from '../http/page-policy';
import type { AppEnv } from '../types';

// Enough for a batch of reports; a bigger body is no report of ours.
const MAX_REPORT = 16 * 1024;
const summarise = (r: Record<string, unknown>) => {
  const body = (r.body ?? r['csp-report'] ?? r) as Record<string, unknown>;
  return {
    page: String(body.documentURL ?? body['document-uri'] ?? '').slice(0, 300),
    blocked: String(body.blockedURL ?? body['blocked-uri'] ?? '').slice(0, 300),
    directive: String(body.effectiveDirective ?? body['effective-directive'] ?? body['violated-directive'] ?? '').slice(
      0,
      100,
    ),
  };
};

/**
 * `POST /csp-reports`: what readers' browsers say the CSP blocked (the Reporting API's
 * `application/reports+json`, or the older `application/csp-report`), logged for the newsroom to see
 * in `wrangler tail`. Always 204: a browser does nothing with the answer.
 */
export const cspReports = new Hono<AppEnv>().post(
  CSP_REPORTS_PATH,
  bodyLimit({ maxSize: MAX_REPORT, onError: (c) => c.body(null, 413) }),
  async (c) => {
    const parsed = await c.req.json<unknown>().catch(() => undefined);
    const reports = (Array.isArray(parsed) ? parsed : [parsed]).filter(
      (r): r is Record<string, unknown> => !!r && typeof r === 'object',
    );
    for (const report of reports.slice(0, 20)) console.warn('csp violation', JSON.stringify(summarise(report)));
    return c.body(null, 204, { 'Cache-Control': 'no-store' });
  },
);
