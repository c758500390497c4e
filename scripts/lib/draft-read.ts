import { LineCounter, isCollection, parseDocument, type Node } from 'yaml';
import { jsonPath } from '../../model/json-path';
import { slugify } from './draft-write';
import { jsonSpot } from './json-words';
import { yamlSpot, yamlSurprise } from './yaml-words';

// Reads a draft (.md: YAML front matter and a `## ` body) or a briefing (.json) into the value the
// validator checks, keeping where each part came from, so a problem at a JSON path names its line.

export interface Loaded {
  value: unknown;
  /** The line of a JSON path such as `sections[2].paragraphs[0]`; its nearest existing parent's otherwise. */
  lineOf(path: string): number;
  /** Where to point an editor: `line`, or `line:column` in a JSON file (often one long line). */
  placeOf(path: string): string;
}

export class DraftError extends Error {
  constructor(
    readonly line: number,
    message: string,
    /** Where on the line, when it is known. */
    readonly column?: number,
  ) {
    super(`line ${line}: ${message}`);
  }

  /** `line` or `line:column`, as an editor's tools print a place. */
  get place(): string {
    return this.column === undefined ? String(this.line) : `${this.line}:${this.column}`;
  }
}

/** `whatComesNext.scenarios[0].title` → ['whatComesNext', 'scenarios', 0, 'title']. */
export const segments = (path: string): (string | number)[] =>
  [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)]
    .map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]))
    .filter((s) => s !== '$');

/** Positions in YAML (or JSON, which YAML reads too): the line of the node at a path, 1-based. */
function yamlLines(text: string, firstLine: number) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const offsetOf = (path: (string | number)[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = path.length && n === 0 ? undefined : (doc.getIn(path.slice(0, n), true) as Node | undefined);
      // A missing key points at where it would go: its parent's first line, or a commented template.
      if (node?.range) return node.range[0];
    }
    return undefined;
  };
  const find = (path: (string | number)[]) => {
    const offset = offsetOf(path);
    return offset === undefined ? undefined : at(offset);
  };
  return { doc, find, offsetOf, counter };
}

/** Reads a .json briefing. */
export function loadJson(text: string): Loaded {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const spot = jsonSpot(e as Error, text);
    throw new DraftError(spot.line, spot.message, spot.column);
  }
  const { doc, find, offsetOf, counter } = yamlLines(text, 1);
  // JSON.parse keeps the last of two equal keys without a word: the first would be lost unseen.
  const twice = doc.errors.find((e) => e.code === 'DUPLICATE_KEY');
  if (twice) {
    const { line, col } = counter.linePos(twice.pos[0]);
    const key = /^\s*"((?:[^"\\]|\\.)*)"/.exec(text.slice(twice.pos[0]))?.[1] ?? 'a field';
    throw new DraftError(line, `"${key}" is given twice in the same object: keep one`, col);
  }
  return {
    value,
    lineOf: (path) => find(segments(path)) ?? 1,
    placeOf(path) {
      const { line, col } = counter.linePos(offsetOf(segments(path)) ?? 0);
      return `${line}:${col}`;
    },
  };
}

const HEADING = /^##\s+(.+?)(?:\s+\{#([a-z0-9-]+)\})?\s*$/;

/** Reads the body: the lede until the first `## ` heading, then sections; a blank line ends a paragraph. */
function readBody(lines: string[], firstLine: number) {
  const lines_: Record<string, number> = {};
  const sections: { id: string; heading: string; paragraphs: string[] }[] = [];
  const lede: string[] = [];
  let block: string[] = [];
  let blockLine = 0;
  const flush = () => {
    if (!block.length) return;
    const text = block.join(' ');
    const s = sections.at(-1);
    if (s) {
      lines_[`sections[${sections.length - 1}].paragraphs[${s.paragraphs.length}]`] = blockLine;
      s.paragraphs.push(text);
    } else {
      lines_.lede ??= blockLine;
      lede.push(text);
    }
    block = [];
  };
  lines.forEach((raw, i) => {
    const line = firstLine + i;
    const text = raw.trim();
    if (text === '') return flush();
    const heading = HEADING.exec(text);
    if (heading) {
      flush();
      const at = `sections[${sections.length}]`;
      lines_[at] = lines_[`${at}.heading`] = lines_[`${at}.id`] = lines_[`${at}.paragraphs`] = line;
      lines_.sections ??= line;
      return void sections.push({ id: heading[2] ?? slugify(heading[1], 40), heading: heading[1], paragraphs: [] });
    }
    if (/^#(?!#)/.test(text))
      throw new DraftError(line, 'a section heading starts with "## "; the headline belongs in the front matter');
    if (!block.length) blockLine = line;
    block.push(text);
  });
  flush();
  return { lede: lede.length ? lede.join(' ') : undefined, sections, lines: lines_ };
}

/** Reads a .md draft: `---`, YAML, `---`, then the body. */
export function loadDraft(text: string): Loaded {
  const all = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (all[0].trim() !== '---') throw new DraftError(1, 'a draft starts with a "---" line, then its front matter');
  const end = all.indexOf('---', 1);
  if (end < 0) throw new DraftError(all.length, 'the front matter never ends: add a "---" line after it');
  const yaml = all.slice(1, end).join('\n');
  const { doc, find, counter } = yamlLines(yaml, 2);
  // The first mistake only: YAML's later errors mostly follow from it.
  const mistake = doc.errors[0] ? yamlSpot(doc.errors[0], yaml, counter, 2) : yamlSurprise(doc, yaml, counter, 2);
  if (mistake) throw new DraftError(mistake.line, mistake.message, mistake.column);
  const front = (doc.toJS() ?? {}) as Record<string, unknown>;
  if (!isCollection(doc.contents) || typeof front !== 'object' || Array.isArray(front))
    throw new DraftError(
      2,
      'the front matter must be fields, one a line, each written name: value (a colon, then a space)',
    );
  for (const key of ['lede', 'sections'])
    if (key in front) throw new DraftError(find([key]) ?? 2, `${key} belongs in the body, under the front matter`);
  const body = readBody(all.slice(end + 1), end + 2);
  const value = { ...front, ...(body.lede !== undefined ? { lede: body.lede } : {}), sections: body.sections };
  // The template's commented "# whatComesNext:" is where a missing outlook goes.
  const template = all.findIndex((l, i) => i < end && /^#\s*whatComesNext:/.test(l));
  const lineOf = (path: string): number => {
    const parts = segments(path);
    for (let n = parts.length; n > 0; n--) {
      const key = jsonPath(parts.slice(0, n));
      if (key in body.lines) return body.lines[key];
    }
    if (parts[0] === 'lede' || parts[0] === 'sections') return end + 2;
    if (parts[0] === 'whatComesNext' && !('whatComesNext' in front) && template >= 0) return template + 1;
    return find(parts) ?? 2;
  };
  return { value, lineOf, placeOf: (path) => String(lineOf(path)) };
}
