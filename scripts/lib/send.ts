import type { Conflict } from '../../model/merge';
import type { Briefing, BriefingInput, FieldProblem } from '../../model/types';

// The API calls of the publish and pull commands. A briefing is published through a draft made from
// the revision the editor started from (none for a new id): the server merges it with whatever went
// live since, and refuses only what clashes, so nobody's change is reverted by a stale copy.

export type Sent =
  | { ok: true; briefing: Briefing; created: boolean }
  | {
      ok: false;
      status: number;
      detail: string;
      errors: FieldProblem[];
      /** A 409 of the merge: what clashes, everything else merged, and the live revision it was merged with. */
      conflicts?: Conflict[];
      merged?: BriefingInput;
      live?: { id: string; revision: number };
    };

/** The live briefing, or null when the id is unknown there. */
export async function fetchLive(to: string, id: string): Promise<Briefing | null> {
  const res = await fetch(`${to}/api/briefings/${encodeURIComponent(id)}`, { headers: { Accept: 'application/json' } });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`GET /api/briefings/${id} answered ${res.status}`);
  return (await res.json()) as Briefing;
}

async function refusal(res: Response): Promise<Extract<Sent, { ok: false }>> {
  const problem = (await res.json().catch(() => ({}))) as Partial<Extract<Sent, { ok: false }>>;
  return {
    ok: false,
    status: res.status,
    detail: problem.detail ?? res.statusText,
    errors: problem.errors ?? [],
    ...(problem.conflicts ? { conflicts: problem.conflicts, merged: problem.merged, live: problem.live } : {}),
  };
}

/**
 * Publishes `b` through a draft: a new briefing, or a revision of revision `basedOn` of it. The draft is
 * deleted again when it is refused: the editor's file is their copy.
 */
export async function sendBriefing(to: string, token: string, b: BriefingInput, basedOn?: number): Promise<Sent> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const base = basedOn === undefined ? undefined : { id: b.id, revision: basedOn };
  const made = await fetch(`${to}/api/drafts`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ briefing: b, base }),
  });
  if (!made.ok) return refusal(made);
  const { id } = (await made.json()) as { id: string };
  const draft = `${to}/api/drafts/${id}`;
  const res = await fetch(`${draft}/publish`, { method: 'POST', headers: { Authorization: headers.Authorization } });
  if (res.ok) return { ok: true, briefing: (await res.json()) as Briefing, created: res.status === 201 };
  const refused = await refusal(res);
  await fetch(draft, { method: 'DELETE', headers: { Authorization: headers.Authorization } }).catch(() => undefined);
  return refused;
}
