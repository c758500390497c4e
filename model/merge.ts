import { same } from './same';
import { jsonPath } from './json-path';

// The three-way merge a draft is published with when the live briefing moved on since its base:
// what only the live side changed is kept, what only the draft changed is applied, and only what both
// changed to different values is a conflict for the editor to settle. Objects merge key by key, and
// lists of items with ids (sections, sources, scenarios, signposts) item by item, so two editors who
// moved different scenarios never collide. Anything else both changed differently is a conflict whole.

/** One value both sides changed differently: `theirs` is the live briefing's, `yours` the draft's. */
export interface Conflict {
  /** Where, as problem documents write it; a list of items with ids is indexed as the draft holds it. */
  path: string;
  /** `null` where that side has no value (it removed the field or the item). */
  theirs: unknown;
  yours: unknown;
}

export type MergeResult<T> = { merged: T; conflicts: Conflict[] };

type Obj = Record<string, unknown>;
type Part = string | number;
const isObject = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
/** A list every item of which is an object with a distinct string id. */
const isIdList = (x: unknown): x is Obj[] => {
  if (!Array.isArray(x) || !x.every((i) => isObject(i) && typeof i.id === 'string')) return false;
  return new Set(x.map((i) => (i as Obj).id)).size === x.length;
};
const absentToNull = (x: unknown) => (x === undefined ? null : x);
// Values that only make sense whole: a term with another side's percent could fall outside its range.
const WHOLE = new Set<Part>(['likelihood', 'timeframe', 'effects']);

function mergeValue(base: unknown, theirs: unknown, yours: unknown, path: Part[], out: Conflict[]): unknown {
  if (same(yours, base) || same(theirs, yours)) return theirs;
  if (same(theirs, base)) return yours;
  if (WHOLE.has(path[path.length - 1])) return conflict(theirs, yours, path, out);
  if (isObject(theirs) && isObject(yours) && (isObject(base) || base === undefined))
    return mergeObject(base ?? {}, theirs, yours, path, out);
  if (isIdList(theirs) && isIdList(yours) && (isIdList(base) || base === undefined))
    return mergeIdList(base ?? [], theirs, yours, path, out);
  return conflict(theirs, yours, path, out);
}

function conflict(theirs: unknown, yours: unknown, path: Part[], out: Conflict[]): unknown {
  out.push({ path: jsonPath(path), theirs: absentToNull(theirs), yours: absentToNull(yours) });
  return theirs;
}

function mergeObject(base: Obj, theirs: Obj, yours: Obj, path: Part[], out: Conflict[]): Obj {
  const merged: Obj = {};
  for (const key of new Set([...Object.keys(theirs), ...Object.keys(yours), ...Object.keys(base)])) {
    const value = mergeValue(base[key], theirs[key], yours[key], [...path, key], out);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** The ids in the order the result lists them: one side's order, the other side's new items after their neighbours. */
function order(base: string[], theirs: string[], yours: string[], kept: Set<string>): string[] {
  // Whoever reordered the base's items sets the order; the live side's order wins when both did.
  const reordered = (ids: string[]) =>
    !same(
      ids.filter((id) => base.includes(id)),
      base.filter((id) => ids.includes(id)),
    );
  const [lead, other] = reordered(yours) && !reordered(theirs) ? [yours, theirs] : [theirs, yours];
  const result = lead.filter((id) => kept.has(id));
  other.forEach((id, i) => {
    if (!kept.has(id) || result.includes(id)) return;
    const before = other
      .slice(0, i)
      .reverse()
      .find((prev) => result.includes(prev));
    result.splice(before === undefined ? 0 : result.indexOf(before) + 1, 0, id);
  });
  return result;
}

function mergeIdList(base: Obj[], theirs: Obj[], yours: Obj[], path: Part[], out: Conflict[]): Obj[] {
  const index = (items: Obj[]) => new Map(items.map((item) => [item.id as string, item]));
  const [b, t, y] = [index(base), index(theirs), index(yours)];
  const ids = (items: Obj[]) => items.map((i) => i.id as string);
  const merged = new Map<string, Obj>();
  for (const id of new Set([...t.keys(), ...y.keys(), ...b.keys()])) {
    // Named by where the draft holds it, so the editor finds it in their own copy.
    const at = y.has(id) ? ids(yours).indexOf(id) : ids(theirs).indexOf(id);
    const value = mergeValue(b.get(id), t.get(id), y.get(id), [...path, at < 0 ? ids(base).indexOf(id) : at], out);
    if (value !== undefined) merged.set(id, value as Obj);
  }
  return order(ids(base), ids(theirs), ids(yours), new Set(merged.keys())).map((id) => merged.get(id)!);
}

/**
 * Merges `yours` (a draft made from `base`) into `theirs` (what is live now). The result holds theirs
 * wherever there is a conflict: nothing live is overwritten until the editor chooses.
 */
export function mergeThreeWay<T extends object>(base: T, theirs: T, yours: T): MergeResult<T> {
  const conflicts: Conflict[] = [];
  const merged = mergeValue(base, theirs, yours, [], conflicts) as T;
  return { merged, conflicts };
}
