import { exports } from 'cloudflare:workers';
import { TEST_TOKEN } from '../harness/token';

/** The personal token of the local admin every test file seeds (apply-migrations.ts). */
export const TOKEN = TEST_TOKEN;

/**
 * A reader's request to the real worker (a browser's headers, a HEAD, a redirect not followed), each
 * from an address of its own unless it names one, so the read limiter counts only the tests about it.
 */
export const get = (path: string, headers: Record<string, string> = {}, init: RequestInit = {}) =>
  exports.default.fetch(
    new Request(`https://briefing.test${path}`, { ...init, headers: { 'CF-Connecting-IP': freshIp(), ...headers } }),
  );

export interface Send {
  body?: unknown;
  /** A raw body, sent as it is (bad JSON, huge payloads). */
  raw?: BodyInit;
  ifMatch?: string;
  token?: string | null;
  /** Each test (or property run) writes from its own address, so the rate limiter counts it apart. */
  ip?: string;
  headers?: Record<string, string>;
}

/** A request to the real worker, as an editor's tool would send it. */
export function send(method: string, path: string, o: Send = {}): Promise<Response> {
  const headers: Record<string, string> = { 'CF-Connecting-IP': o.ip ?? '192.0.2.1', ...o.headers };
  if (o.token !== null) headers.Authorization = `Bearer ${o.token ?? TOKEN}`;
  if (o.ifMatch) headers['If-Match'] = o.ifMatch;
  let body: BodyInit | undefined = o.raw;
  if (o.body !== undefined) body = JSON.stringify(o.body);
  if (body !== undefined && !('Content-Type' in headers)) headers['Content-Type'] = 'application/json';
  return get(path, headers, { method, body });
}

let addresses = 0;
/** A fresh client address from TEST-NET-2, so no two tests share a rate-limit budget. */
export const freshIp = () => `198.51.${(++addresses >> 8) & 255}.${addresses & 255}`;
