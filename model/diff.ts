import type { BriefingInput, Change, Likelihood, Scenario, Signpost, WhatComesNext } from './types';

// What one revision changed, for the revisions API and the page's outlook history. Likelihood moves
// and signpost states are told in detail ("moved from unlikely to roughly even chance");
// everything else by field name, enough for an editor to know where to look.

/** Deep equality that ignores key order: an editor's tool may write the same briefing reordered. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

// The fields an editor sets; server-kept ones (revision, dates, status) are not edits.
const FIELDS = [
  'schemaVersion',
  'kind',
  'language',
  'headline',
  'standfirst',
  'lede',
  'sections',
  'sources',
  'geo',
  'topics',
  'authors',
  'corrections',
] as const;
const OUTLOOK_FIELDS = ['scenarioSet', 'asOf', 'lastReviewedAt', 'nextReviewDue'] as const;

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
    if (!r?.outcome || !r.resolvedAt || before.get(s.id)?.resolution?.outcome) return [];
    return [{ kind: 'resolution', scenarioId: s.id, title: s.title, outcome: r.outcome, at: r.resolvedAt }];
  });
}

function signpostMoves(prev: Signpost[], next: Signpost[]): Change[] {
  const before = byId(prev);
  const after = byId(next);
  const changes: Change[] = [];
  for (const p of next) {
    const from = before.get(p.id)?.status ?? null;
    if (from !== p.status)
      changes.push({
        kind: 'signpost',
        signpostId: p.id,
        indicator: p.indicator,
        from,
        to: p.status,
        ...(p.status !== 'not_observed' && p.observedAt ? { observedAt: p.observedAt } : {}),
      });
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
