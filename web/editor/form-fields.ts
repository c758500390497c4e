// The editor's form and the briefing's JSON, one mapping both ways. A field's name is the JSON path of
// what it edits (`whatComesNext.scenarios[0].title`), so a problem the API names by its path lands next
// to its field. The few fields that are not one string each (paragraphs, conditions, lists of codes, the
// topics' checkboxes, the likelihood picker, dates) say so in SHAPES. Runtime-neutral: the worker reads a plain form post with
// it and the editor's script reads the same form for autosave.

/** How one field's text becomes JSON, by the field's path with its list indices written `[]`. */
type Shape = 'paragraphs' | 'lines' | 'names' | 'codes' | 'ids' | 'number' | 'date' | 'past' | 'json';

const SHAPES: Record<string, Shape> = {
  'sections[].paragraphs': 'paragraphs',
  'whatComesNext.scenarios[].conditions': 'lines',
  authors: 'names',
  'geo.countries': 'codes',
  'geo.regions': 'json',
  // One checkbox per topic of the vocabulary, all named `topics`: each one checked is one id of the list.
  topics: 'ids',
  corrections: 'json',
  'whatComesNext.scenarios[].likelihood.percent': 'number',
  'whatComesNext.scenarios[].resolution.amendments': 'json',
  // Past facts (when assessed, reviewed, seen): never later than the moment the form is read.
  'whatComesNext.asOf': 'past',
  'whatComesNext.lastReviewedAt': 'past',
  'whatComesNext.nextReviewDue': 'date',
  'whatComesNext.scenarios[].timeframe.until': 'date',
  'whatComesNext.scenarios[].resolution.resolveBy': 'date',
  'whatComesNext.signposts[].observedAt': 'past',
};

/** The value the likelihood picker gives "not assessed", beside the seven ICD 203 terms. */
export const NOT_ASSESSED = 'not_assessed';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Segment = string | number;

/** `a.b[2].c` → ['a', 'b', 2, 'c']. */
export function parsePath(path: string): Segment[] {
  const out: Segment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] === undefined ? m[1] : Number(m[2]));
  return out;
}

/** ['a', 'b', 2, 'c'] → `a.b[2].c`. */
export function pathOf(parts: readonly Segment[]): string {
  return parts.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
}

const shapeOf = (name: string): Shape | undefined => SHAPES[name.replace(/\[\d+\]/g, '[]')];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A date input's day as the model's timestamp: noon UTC, the same day in every newsroom from UTC−11 to UTC+11. */
const dayToTimestamp = (day: string) => (DAY.test(day) ? `${day}T12:00:00Z` : day);
/** A past fact's day: its noon, or `now` where that noon has not come yet (today, in the morning). */
const pastDay = (day: string, now: Date) => {
  const at = dayToTimestamp(day);
  return Date.parse(at) > now.getTime() && DAY.test(day) ? now.toISOString().replace(/\.\d+Z$/, 'Z') : at;
};
/** A timestamp as a date input shows it. */
export const timestampToDay = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : '');

function parseValue(shape: Shape | undefined, raw: string, now: Date): Json | undefined {
  const value = shape === 'paragraphs' || shape === 'lines' || shape === 'names' ? raw : raw.trim();
  switch (shape) {
    case 'paragraphs':
      return value
        .split(/\r?\n\s*\r?\n/)
        .map((p) => p.trim())
        .filter(Boolean);
    case 'lines':
      return value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    case 'names':
      return value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .map((name) => ({ name }));
    case 'codes':
      return value
        .split(/[\s,;]+/)
        .filter(Boolean)
        .map((c) => c.toUpperCase());
    case 'ids':
      return value === '' ? undefined : [value];
    case 'number':
      return value === '' ? undefined : Number.isFinite(Number(value)) ? Number(value) : value;
    case 'date':
      return value === '' ? undefined : dayToTimestamp(value);
    case 'past':
      return value === '' ? undefined : pastDay(value, now);
    case 'json':
      if (value === '') return undefined;
      try {
        return JSON.parse(value) as Json;
      } catch {
        return value;
      }
    default:
      return value === '' ? undefined : value;
  }
}

function setAt(root: JsonObject, parts: Segment[], value: Json): void {
  let node: Json = root;
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    const container = node as Record<string | number, Json>;
    if (last) container[part] = value;
    else {
      container[part] ??= typeof parts[i + 1] === 'number' ? [] : {};
      node = container[part];
    }
  });
}

/** Lists written with gaps (an item removed) closed up; objects left empty by blank fields dropped. */
function tidy(value: Json): Json | undefined {
  if (Array.isArray(value))
    return value.flatMap((item) => (item === undefined ? [] : [tidy(item) ?? null])).filter((x) => x !== null);
  if (value && typeof value === 'object') {
    const out: JsonObject = {};
    for (const [key, item] of Object.entries(value)) {
      const kept = tidy(item);
      if (kept !== undefined) out[key] = kept;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value;
}

/** The picker's one value becomes the model's likelihood: a term (and percent), or "not assessed" and its reason. */
function likelihoods(b: JsonObject): void {
  const scenarios = (b.whatComesNext as JsonObject | undefined)?.scenarios;
  if (!Array.isArray(scenarios)) return;
  for (const s of scenarios as JsonObject[]) {
    const l = s.likelihood as JsonObject | undefined;
    if (!l) continue;
    const { term, percent, reason } = l;
    s.likelihood =
      term === NOT_ASSESSED
        ? { status: NOT_ASSESSED, ...(reason === undefined ? {} : { reason }) }
        : {
            status: 'assessed',
            ...(term === undefined ? {} : { term }),
            ...(percent === undefined ? {} : { percent }),
          };
  }
}

/** An effect whose scenario is left at "none" is no effect. */
function effects(b: JsonObject): void {
  const signposts = (b.whatComesNext as JsonObject | undefined)?.signposts;
  if (!Array.isArray(signposts)) return;
  for (const s of signposts as JsonObject[])
    if (Array.isArray(s.effects))
      s.effects = (s.effects as JsonObject[]).filter((e) => typeof e.scenarioId === 'string');
}

/** Names starting with `_` are the form's own (its ETag, its buttons), never part of the briefing. */
export const isControl = (name: string) => name.startsWith('_');

/** The briefing a form's fields describe, as the draft keeps it (complete or not). */
export function briefingFromForm(entries: Iterable<[string, string]>, now = new Date()): JsonObject {
  const root: JsonObject = {};
  for (const [name, raw] of entries) {
    if (isControl(name) || typeof raw !== 'string') continue;
    const shape = shapeOf(name);
    const value = parseValue(shape, raw, now);
    if (value === undefined) continue;
    const parts = parsePath(name);
    const earlier = shape === 'ids' ? valueAt(root, name) : undefined;
    setAt(root, parts, Array.isArray(earlier) ? [...(earlier as Json[]), ...(value as Json[])] : value);
  }
  const b = (tidy(root) as JsonObject | undefined) ?? {};
  // Lists a reader sees empty rather than missing: a country or topic list cleared on purpose.
  for (const key of ['topics'] as const) b[key] ??= [];
  if (b.geo === undefined) b.geo = { countries: [] };
  likelihoods(b);
  effects(b);
  return b;
}

/** A field's text for a value of the briefing: the inverse of briefingFromForm, field by field. */
export function fieldText(name: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  switch (shapeOf(name)) {
    case 'paragraphs':
      return Array.isArray(value) ? value.join('\n\n') : String(value);
    case 'lines':
    case 'codes':
      return Array.isArray(value) ? value.join(shapeOf(name) === 'lines' ? '\n' : ', ') : String(value);
    case 'ids':
      return Array.isArray(value) ? value.join(', ') : String(value);
    case 'names':
      return Array.isArray(value) ? value.map((a) => (a as { name?: string }).name ?? '').join('\n') : String(value);
    case 'date':
    case 'past':
      return timestampToDay(value);
    case 'json':
      return JSON.stringify(value);
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/** The value at `path` of a briefing, or undefined. */
export function valueAt(b: unknown, path: string): unknown {
  let node = b;
  for (const part of parsePath(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

/** The field a problem's JSON path belongs to: a paragraph's problem is its section's paragraphs' field. */
export function fieldOf(path: string): string {
  const parts = parsePath(path);
  // Within a list edited as one field (paragraphs, conditions, authors, codes, topics), the whole field.
  for (let n = 1; n <= parts.length; n++) {
    const shape = shapeOf(pathOf(parts.slice(0, n)));
    if (shape && shape !== 'number' && shape !== 'date' && shape !== 'past') return pathOf(parts.slice(0, n));
  }
  const name = pathOf(parts);
  // The picker stands for the whole likelihood; a percent and a reason have fields of their own.
  const likelihood = /^(whatComesNext\.scenarios\[\d+\]\.likelihood)(\.(status|term))?$/.exec(name);
  if (likelihood) return `${likelihood[1]}.term`;
  // An effect is chosen by its scenario.
  const effect = /^(whatComesNext\.signposts\[\d+\]\.effects\[\d+\])(\.direction)?$/.exec(name);
  if (effect) return `${effect[1]}.scenarioId`;
  return name;
}

/** Problems grouped by the field they belong to, in order. */
export function problemsByField(problems: readonly { path: string; message: string }[]): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const p of problems) {
    const field = fieldOf(p.path);
    byField.set(field, [...(byField.get(field) ?? []), p.message]);
  }
  return byField;
}

/** An element id for a field, stable and valid in a URL fragment. */
export const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9]+/g, '-')}`;
