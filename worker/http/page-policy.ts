import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../types';
import { isDataPath } from './security';

// Powerful features no page of ours uses, switched off for it and anything it could ever embed.
const PERMISSIONS_POLICY = [
  'accelerometer',
  'bluetooth',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** Where browsers send reports of what the CSP blocked (worker/routes/csp-reports.ts logs them). */
export const CSP_REPORTS_PATH = '/csp-reports';

/**
 * Pages only (data responses, a feed's 304 above all, carry no byte they do not need): the
 * Permissions-Policy, and CSP violation reports sent to our own endpoint, by the Reporting API and by
 * `report-uri` for browsers without it.
 */
export const pagePolicy = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (isDataPath(c.req.path)) return;
  const headers = c.res.headers;
  headers.set('Permissions-Policy', PERMISSIONS_POLICY);
  const csp = headers.get('Content-Security-Policy');
  if (!csp) return;
  headers.set('Reporting-Endpoints', `csp="${CSP_REPORTS_PATH}"`);
  headers.set('Content-Security-Policy', `${csp}; report-uri ${CSP_REPORTS_PATH}; report-to csp`);
});
