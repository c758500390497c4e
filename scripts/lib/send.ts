import type { Briefing, BriefingInput, FieldProblem } from '../../model/types';

// The API calls of the publish and pull commands. A change is sent only against a revision the
// editor has seen: POST for a new id, PUT with that revision as If-Match otherwise.

export type Sent =
  | { ok: true; briefing: Briefing; created: boolean }
  | { ok: false; status: number; detail: string; errors: FieldProblem[]; etag?: string };

/** The live briefing, or null when the id is unknown there. */
export async function fetchLive(to: string, id: string): Promise<Briefing | null> {
  const res = await fetch(`${to}/api/briefings/${encodeURIComponent(id)}`, { headers: { Accept: 'application/json' } });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`GET /api/briefings/${id} answered ${res.status}`);
  return (await res.json()) as Briefing;
}

/** Creates `b` (no revision) or replaces revision `basedOn` of it. */
export async function sendBriefing(to: string, token: string, b: BriefingInput, basedOn?: number): Promise<Sent> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const res =
    basedOn === undefined
      ? await fetch(`${to}/api/briefings`, { method: 'POST', headers, body: JSON.stringify(b) })
      : await fetch(`${to}/api/briefings/${encodeURIComponent(b.id)}`, {
          method: 'PUT',
          headers: { ...headers, 'If-Match': `"r${basedOn}"` },
          body: JSON.stringify(b),
        });
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
