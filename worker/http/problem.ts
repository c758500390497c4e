import type { Context } from 'hono';
import type { FieldProblem } from '../../model/types';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Invalid briefing',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
};

/** An RFC 9457 problem document: what went wrong and, for bad input, each field by its JSON path. */
export function problem(
  c: Context,
  status: number,
  detail: string,
  extra: { errors?: FieldProblem[]; headers?: Record<string, string>; members?: Record<string, unknown> } = {},
): Response {
  const body = {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: new URL(c.req.url).pathname,
    ...(extra.errors ? { errors: extra.errors } : {}),
    // Members of a problem type's own (RFC 9457 §3.2), such as a merge's conflicts.
    ...extra.members,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...extra.headers },
  });
}
