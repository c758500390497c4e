// The form's "Add a scenario" and "Remove" buttons: plain submit buttons (`_add`, `_remove`), so they work
// without JavaScript. Each item is added with an id of its own, never shown for sections and sources:
// ids are what the history and signposts refer to, and editors should not have to invent them.
import { NOT_ASSESSED, parsePath, pathOf, valueAt } from './form-fields';

type JsonObject = Record<string, unknown>;

/** Lists the form can add to, by path with indices written `[]`, and the blank item each starts with. */
const TEMPLATES: Record<string, (id: string, b: JsonObject) => JsonObject> = {
  sections: (id) => ({ id, heading: '', paragraphs: [] }),
  sources: (id, b) => ({
    id,
    publisher: '',
    role: ((b.sources as JsonObject[] | undefined) ?? []).some((s) => s.role === 'primary') ? 'supporting' : 'primary',
  }),
  'whatComesNext.scenarios': (id) => ({
    id,
    title: '',
    conditions: [],
    outcome: '',
    likelihood: { status: NOT_ASSESSED },
    timeframe: { horizon: 'months' },
  }),
  'whatComesNext.signposts': (id) => ({
    id,
    indicator: '',
    effects: [{ direction: 'raises' }],
    status: 'not_observed',
  }),
  'whatComesNext.signposts[].effects': () => ({ direction: 'raises' }),
};

const PREFIX: Record<string, string> = {
  sections: 'section',
  sources: 'source',
  'whatComesNext.scenarios': 'scenario',
  'whatComesNext.signposts': 'signpost',
};

const shape = (path: string) => path.replace(/\[\d+\]/g, '[]');

/** Whether the form has an "Add" button for this list. */
export const canAdd = (listPath: string) => shape(listPath) in TEMPLATES;

/** `section-3`: the first free id of its kind. */
function freshId(prefix: string, items: JsonObject[]): string {
  const taken = new Set(items.map((i) => i.id));
  let n = items.length + 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** The list at `path`, made if missing. */
function listAt(b: JsonObject, path: string): JsonObject[] {
  const parts = parsePath(path);
  let node: Record<string | number, unknown> = b;
  parts.forEach((part, i) => {
    const fallback = i === parts.length - 1 || typeof parts[i + 1] === 'number' ? [] : {};
    node[part] ??= fallback;
    node = node[part] as Record<string | number, unknown>;
  });
  return node as unknown as JsonObject[];
}

/** Appends a blank item to the list at `listPath` (e.g. `whatComesNext.scenarios`). */
export function addItem(b: JsonObject, listPath: string): JsonObject {
  const template = TEMPLATES[shape(listPath)];
  if (!template) return b;
  const list = listAt(b, listPath);
  list.push(template(freshId(PREFIX[shape(listPath)] ?? 'item', list), b));
  return b;
}

/** Removes the item at `itemPath` (e.g. `sections[2]`). */
export function removeItem(b: JsonObject, itemPath: string): JsonObject {
  const parts = parsePath(itemPath);
  const index = parts.pop();
  const list = valueAt(b, pathOf(parts));
  if (typeof index === 'number' && Array.isArray(list) && canAdd(itemPath.replace(/\[\d+\]$/, '')))
    list.splice(index, 1);
  return b;
}

/** A new briefing's starting point: one section, one primary source, an outlook of two scenarios. */
export function blankBriefing(language: string, today: string, desk?: string): JsonObject {
  const b: JsonObject = {
    schemaVersion: '1.0',
    id: '',
    kind: 'analysis',
    language,
    headline: '',
    standfirst: '',
    sections: [],
    sources: [],
    geo: { countries: [] },
    topics: [],
    authors: [],
    ...(desk ? { desk } : {}),
    whatComesNext: {
      question: '',
      scenarioSet: 'exclusive_exhaustive',
      scenarios: [],
      signposts: [],
      asOf: today,
      lastReviewedAt: today,
    },
  };
  addItem(b, 'sections');
  addItem(b, 'sources');
  addItem(b, 'whatComesNext.scenarios');
  addItem(b, 'whatComesNext.scenarios');
  return b;
}
