import { RESOLUTION_OUTCOMES, type ResolutionOutcome } from '../../model/resolution';
import type { Briefing, BriefingInput } from '../../model/types';

/** What `npm run resolve` sets on one scenario. */
export interface Resolve {
  scenarioId: string;
  outcome: string;
  at: string;
  note?: string;
}

const isOutcome = (o: string): o is ResolutionOutcome => (RESOLUTION_OUTCOMES as readonly string[]).includes(o);

/** The briefing with `r` applied to its scenario, or a sentence saying why it cannot be. */
export function resolveScenario(b: Briefing, r: Resolve): BriefingInput | string {
  if (!isOutcome(r.outcome)) return `OUTCOME must be one of: ${RESOLUTION_OUTCOMES.join(', ')}`;
  const scenarios = b.whatComesNext?.scenarios ?? [];
  const target = scenarios.find((s) => s.id === r.scenarioId);
  if (!target)
    return `"${b.id}" has no scenario "${r.scenarioId}" (it has: ${scenarios.map((s) => s.id).join(', ') || 'none'})`;
  if (!target.resolution)
    return `scenario "${r.scenarioId}" has no resolution criteria: publish them first (resolution.criteria)`;
  const next = structuredClone(b);
  const s = next.whatComesNext!.scenarios.find((x) => x.id === r.scenarioId)!;
  s.resolution = {
    ...s.resolution!,
    outcome: r.outcome,
    resolvedAt: r.at,
    ...(r.note ? { note: r.note } : {}),
  };
  return next;
}
