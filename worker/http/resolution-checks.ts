import type { Context } from 'hono';
import { outlookDateProblems } from '../../model/outlook-dates';
import { frozenChanges, resolutionProblems } from '../../model/resolution';
import type { Briefing, BriefingInput } from '../../model/types';
import type { AppEnv } from '../types';
import { problem } from './problem';

/**
 * The date and resolution rules a write must keep, checked against the stored briefing (`current`, none for a
 * create): a 422 naming each bad path, a 409 for a change to a resolved scenario, or null when it may go on.
 */
export function resolutionRefusal(
  c: Context<AppEnv>,
  input: BriefingInput,
  current: Briefing | null,
  now = new Date(),
): Response | null {
  if (current) {
    const frozen = frozenChanges(current.whatComesNext, input.whatComesNext);
    if (frozen.length)
      return problem(c, 409, 'A resolved scenario’s likelihood and resolution no longer change.', { errors: frozen });
  }
  const next = input.whatComesNext;
  const errors = next
    ? [...outlookDateProblems(next, now), ...resolutionProblems(next, current?.publishedAt ?? now.toISOString(), now)]
    : [];
  if (!errors.length) return null;
  return problem(c, 422, `The briefing has ${errors.length} problem${errors.length === 1 ? '' : 's'}.`, { errors });
}
