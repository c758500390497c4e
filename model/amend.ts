import * as v from 'valibot';
import { RESOLUTION_OUTCOMES } from './resolution';
import { slug, strict, text, timestamp } from './schema';
import type { Briefing } from './types';

// Correcting the record (docs/outlook.md): a resolution, once made, changes only by an amendment
// with a dated note, which keeps what it replaced. The page and the scorecard show the latest.

/** `POST /api/briefings/{id}/amendments`: which scenario, its corrected outcome, and why. */
export const amendmentInputSchema = strict({
  scenario: slug,
  outcome: v.picklist(RESOLUTION_OUTCOMES, `must be one of: ${RESOLUTION_OUTCOMES.join(', ')}`),
  resolvedAt: v.optional(timestamp),
  note: text(500),
});
export type AmendmentInput = v.InferOutput<typeof amendmentInputSchema>;

/** `b` with the amendment applied by `by` at `at`, or a problem (path and message) saying why it cannot be. */
export function amendResolution(
  b: Briefing,
  a: AmendmentInput,
  by: string,
  at: string,
): Briefing | { path: string; message: string } {
  const next = structuredClone(b);
  const s = next.whatComesNext?.scenarios.find((x) => x.id === a.scenario);
  if (!s) return { path: 'scenario', message: `"${b.id}" has no scenario "${a.scenario}"` };
  const r = s.resolution;
  if (!r?.outcome || !r.resolvedAt)
    return { path: 'scenario', message: `"${a.scenario}" is not resolved yet: resolve it, there is nothing to amend` };
  const previous = { outcome: r.outcome, resolvedAt: r.resolvedAt, ...(r.note ? { note: r.note } : {}) };
  s.resolution = {
    ...r,
    outcome: a.outcome,
    resolvedAt: a.resolvedAt ?? r.resolvedAt,
    amendments: [...(r.amendments ?? []), { at, by, note: a.note, previous }],
  };
  return next;
}
