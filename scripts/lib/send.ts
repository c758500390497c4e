import type { Briefing, BriefingInput, FieldProblem } from '../../model/types';

// Sends a checked briefing to the API: POST when its id is new, PUT with If-Match when it exists.

export type Sent =
  | { ok: true; briefing: Briefing; created: boolean }
  | { ok: false; status: number; detail: string; errors: FieldProblem[]; etag?: string };

/**
 * `basedOn` is the revision the editor started from (a draft's `revision:` field); without one, the
 * current revision is fetched first, so the change replaces whatever is there now.
 */
export async function sendBriefing(to: string, token: string, b: BriefingInput, basedOn?: number): Promise<Sent> {
  const url = `${to.replace(/\/$/, '')}/api/briefings`;
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const current = await fetch(`${url}/${b.id}`, { headers: { Accept: 'application/json' } });
  let res: Response;
  if (current.status === 404) {
    res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(b) });
  } else if (current.ok) {
    const ifMatch = basedOn !== undefined ? `"r${basedOn}"` : (current.headers.get('ETag') ?? '');
    res = await fetch(`${url}/${b.id}`, {
      method: 'PUT',
      headers: { ...headers, 'If-Match': ifMatch },
      body: JSON.stringify(b),
    });
  } else {
    res = current;
  }
  if (res.ok) return { ok: true, briefing: (await res.json()) as Briefing, created: res.status === 201 };
  const problem = (await res.json().catch(() => ({}))) as { detail?: string; errors?: FieldProblem[] };
  return {
    ok: false,
    status: res.status,
    detail: problem.detail ?? res.statusText,
    errors: problem.errors ?? [],
    etag: res.headers.get('ETag') ?? undefined,
  };
}
