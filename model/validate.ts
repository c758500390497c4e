import * as v from 'valibot';
import { crossFieldProblems, type Whole } from './rules';
import { briefingInputSchema, briefingSchema, SERVER_KEPT } from './schema';
import { jsonPath } from './json-path';
import type { Briefing, BriefingInput, FieldProblem } from './types';

export type Validation<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

const pathOf = (issue: v.BaseIssue<unknown>) => jsonPath((issue.path ?? []).map((item) => item.key as string | number));

/** Valibot's issues as problem-document entries, each named by its JSON path (`sections[0].heading`). */
export function problemsOf(issues: v.BaseIssue<unknown>[]): FieldProblem[] {
  return issues.map((issue) => {
    const path = pathOf(issue);
    // A missing required field arrives as "undefined" where a value was expected.
    const missing = issue.input === undefined && issue.kind === 'schema' && issue.type !== 'strict_object';
    return { path, message: missing ? 'is required' : issue.message };
  });
}

/** A list too short or too long still holds items of the right shape. */
const LENGTH = new Set(['min_length', 'max_length']);

/** Whether a path's value has its shape despite `issues`: none at it, under it or above it. */
function wholeDespite(issues: v.BaseIssue<unknown>[]): Whole {
  const broken = issues.filter((i) => !(i.kind === 'validation' && LENGTH.has(i.type))).map(pathOf);
  const within = (path: string, of: string) =>
    of === '$' || path === of || path.startsWith(`${of}.`) || path.startsWith(`${of}[`);
  return (path) => !broken.some((b) => within(path, b) || within(b, path));
}

/**
 * Every problem in one go: the shape's, and the rules across fields on every part that has its
 * shape, so an editor fixes a file once rather than meeting the second kind on a second run.
 */
function run<T extends BriefingInput>(schema: v.GenericSchema<unknown, T>, input: unknown): Validation<T> {
  const parsed = v.safeParse(schema, input);
  const problems = parsed.success
    ? crossFieldProblems(parsed.output)
    : [...problemsOf(parsed.issues), ...crossFieldProblems(input, wholeDespite(parsed.issues))];
  return problems.length || !parsed.success ? { ok: false, problems } : { ok: true, value: parsed.output };
}

/**
 * Validates what an editor sends (API, importer, publish command): server-kept fields are dropped
 * unchecked, everything else must follow docs/format.md.
 */
export function validateBriefingInput(input: unknown): Validation<BriefingInput> {
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    const copy: Record<string, unknown> = { ...input };
    for (const key of SERVER_KEPT) delete copy[key];
    input = copy;
  }
  return run(briefingInputSchema, input);
}

/** Validates a whole stored briefing, server-kept fields included (a feed's `_briefing`). */
export function validateBriefing(input: unknown): Validation<Briefing> {
  return run(briefingSchema, input);
}
