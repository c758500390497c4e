import { briefingInputSchema, whatComesNextSchema } from './schema';
import { same } from './same';
import type { BriefingInput, Change, Likelihood, Scenario, Signpost, WhatComesNext } from './types';

export { same };

// What one revision changed, for the revisions API and the page's outlook history. Likelihood moves
// and signpost states are told in detail ("moved from unlikely to roughly even chance");
// everything else by field name, enough for an editor to know where to look.

// Every field an editor sets, read from the schema itself, so a field added there is compared here
// too and no edit of it is ever dropped as "no change". Server-kept ones (revision, dates, status) are
// not in the input schema; the id never changes; the outlook is compared in detail below.
const FIELDS = (Object.keys(briefingInputSchema.entries) as (keyof BriefingInput)[]).filter(
  (f) => f !== 'id' && f !== 'whatComesNext',
);
const OUTLOOK_FIELDS = (Object.keys(whatComesNextSchema.entries) as (keyof WhatComesNext)[]).filter(
  (f) => f !== 'question' && f !== 'scenarios' && f !== 'signposts',
);

const byId = <T extends { id: string }>(items: T[] = []) => new Map(items.map((x) => [x.id, x]));

function likelihoodMoves(prev: Scenario[], next: Scenario[]): Change[] {
  const before = byId(prev);
  const after = byId(next);
  const changes: Change[] = [];
  const move = (id: string, title: string, from: Likelihood | null, to: Likelihood | null) => {
    if (!same(from, to)) changes.push({ kind: 'likelihood', scenarioId: id, title, from, to });
  };
  for (const s of next) move(s.id, s.title, before.get(s.id)?.likelihood ?? null, s.likelihood);
  for (const s of prev) if (!after.has(s.id)) move(s.id, s.title, s.likelihood, null);
  return changes;
}

function resolutions(prev: Scenario[], next: Scenario[]): Change[] {
  const before = byId(prev);
  return next.flatMap((s): Change[] => {
    const r = s.resolution;
    const was = before.get(s.id)?.resolution;
    if (!r?.outcome || !r.resolvedAt) return [];
    if (!was?.outcome)
      return [{ kind: 'resolution', scenarioId: s.id, title: s.title, outcome: r.outcome, at: r.resolvedAt }];
    // An amendment the previous revision did not have: the resolution was corrected.
    const added = (r.amendments ?? []).slice(was.amendments?.length ?? 0);
    return added.map((a) => ({
      kind: 'amended',
      scenarioId: s.id,
      title: s.title,
      from: a.previous.outcome,
      to: r.outcome!,
      at: a.at,
      note: a.note,
    }));
  });
}

function signpostMoves(prev: Signpost[], next: Signpost[]): Change[] {
  const before = byId(prev);
  const after = byId(next);
  const changes: Change[] = [];
  for (const p of next) {
    const from = before.get(p.id)?.status ?? null;
    if (from !== p.status)
      changes.push({ kind: 'signpost', signpostId: p.id, indicator: p.indicator, from, to: p.status });
  }
  for (const p of prev)
    if (!after.has(p.id))
      changes.push({ kind: 'signpost', signpostId: p.id, indicator: p.indicator, from: p.status, to: null });
  return changes;
}

/** True when two lists of the same items differ other than in the parts told apart in detail. */
function otherwiseChanged<T extends { id: string }>(prev: T[], next: T[], detail: keyof T): boolean {
  const strip = (items: T[]) => items.map((x) => ({ ...x, [detail]: undefined }));
  return !same(strip(prev), strip(next));
}

function outlookChanges(prev: WhatComesNext | undefined, next: WhatComesNext | undefined): Change[] {
  if (!prev && !next) return [];
  const changes: Change[] = [];
  if (prev?.question !== next?.question)
    changes.push({ kind: 'question', from: prev?.question ?? null, to: next?.question ?? null });
  for (const f of OUTLOOK_FIELDS)
    if (!same(prev?.[f], next?.[f])) changes.push({ kind: 'field', field: `whatComesNext.${f}` });
  const [ps, ns] = [prev?.scenarios ?? [], next?.scenarios ?? []];
  const [pp, np] = [prev?.signposts ?? [], next?.signposts ?? []];
  if (otherwiseChanged(ps, ns, 'likelihood')) changes.push({ kind: 'field', field: 'whatComesNext.scenarios' });
  if (otherwiseChanged(pp, np, 'status')) changes.push({ kind: 'field', field: 'whatComesNext.signposts' });
  return [...changes, ...likelihoodMoves(ps, ns), ...resolutions(ps, ns), ...signpostMoves(pp, np)];
}

/** The changes from one state of a briefing to the next, in a stable order: fields, then the outlook. */
export function diffBriefings(prev: BriefingInput, next: BriefingInput): Change[] {
  const fields: Change[] = FIELDS.filter((f) => !same(prev[f], next[f])).map((field) => ({ kind: 'field', field }));
  return [...fields, ...outlookChanges(prev.whatComesNext, next.whatComesNext)];
}
