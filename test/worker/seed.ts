import { env } from 'cloudflare:workers';
import sample from '../../content/briefings/niger-bazoum-coalition.json';
import { validateBriefingInput } from '../../model/validate';
import type { BriefingInput } from '../../model/types';
import { createBriefing } from '../../worker/store/briefings';
import { ensureLocalEditor } from '../../worker/store/editors';

/** The sample briefing as an editor would send it. */
export function sampleInput(overrides: Partial<BriefingInput> = {}): BriefingInput {
  return { ...structuredClone(sample as BriefingInput), ...overrides };
}

/** Stores the sample (or a variant of it) through the real store, as `npm start` seeds it: by the local admin. */
export async function seedSample(overrides: Partial<BriefingInput> = {}, now?: Date) {
  const checked = validateBriefingInput(sampleInput(overrides));
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return createBriefing(env.DB, checked.value, now, await ensureLocalEditor(env.DB));
}
