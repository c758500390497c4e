import { isAlias, isNode, isScalar, visit, type Document, type LineCounter, type YAMLError } from 'yaml';

// The YAML library's errors in an editor's words: which field, what YAML made of it, and the fix.
// Most mistakes in a front matter are free text that YAML reads as syntax (a French « : », an
// apostrophe inside quotes, a leading « [ »), a wrong indent, or a quote left open.

/** A mistake at a line and column of the YAML text (both 1-based). */
export interface Spot {
  line: number;
  column: number;
  message: string;
}

/** A line of YAML read as a field or a list item: its key (if any), its value, and where the value starts. */
interface FieldLine {
  key?: string;
  value: string;
  valueColumn: number;
  indent: number;
}

const FIELD = /^(\s*)(?:-\s+)?([^\s'"#[{\-?:][^:#]*?)\s*:(?:\s+(.*)|$)/;
const ITEM = /^(\s*)-\s+(.*)$/;

function fieldLine(text: string): FieldLine | undefined {
  const field = FIELD.exec(text);
  if (field) {
    const value = (field[3] ?? '').trimEnd();
    return { key: field[2], value, valueColumn: text.length - (field[3] ?? '').length + 1, indent: field[1].length };
  }
  const item = ITEM.exec(text);
  if (item) return { value: item[2].trimEnd(), valueColumn: text.length - item[2].length + 1, indent: item[1].length };
  return undefined;
}

/** The column (1-based) where a line's content starts, after its indent and any "- ". */
const contentColumn = (text: string) => (/^[\s-]*/.exec(text)?.[0].length ?? 0) + 1;

const isContent = (text: string) => text.trim() !== '' && !text.trim().startsWith('#');

/** `headline: "…"` (or `- "…"`): the line as it should be, the value quoted. */
function quoted(f: FieldLine): string {
  const pair = /^(["'])(.*)\1$/.exec(f.value);
  const value = pair ? pair[2] : f.value;
  const shown = value.length > 80 ? '…' : value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return `${f.key ? `${f.key}: ` : '- '}"${shown}"`;
}

const what = (f: FieldLine) => (f.key ? `the value of \`${f.key}\`` : `the list item « ${short(f.value)} »`);
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** The fix for a value YAML reads as syntax because of how it starts or what it holds. */
function quoteIt(f: FieldLine, trouble: string): string {
  return `${what(f)} ${trouble}; put the whole value in quotes: ${quoted(f)}`;
}

const READ_AS: Record<string, string> = {
  '[': 'a list',
  '{': 'a group of fields',
  '-': 'a list item',
  '>': 'the start of a folded text block',
  '|': 'the start of a text block',
  '?': 'a complex key',
  '*': 'a reference to another value',
  '&': 'a name for this value',
  '!': 'a type',
  '@': 'a reserved character',
  '`': 'a reserved character',
  '%': 'a directive',
  ',': 'a separator',
  '}': 'the end of a group',
  ']': 'the end of a list',
};

function startsWith(f: FieldLine): string {
  const c = f.value[0];
  return quoteIt(f, `starts with « ${c} », which YAML reads as ${READ_AS[c] ?? 'syntax'}`);
}

/** The line where a quote that never closes was opened: the nearest at or above `from`. */
function openQuote(lines: string[], from: number, quote: string): { index: number; f: FieldLine } | undefined {
  for (let i = Math.min(from, lines.length - 1); i >= 0; i--) {
    const f = fieldLine(lines[i]);
    if (!f?.value.startsWith(quote)) continue;
    const rest = f.value.slice(1);
    const closed = quote === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : rest.includes("'");
    if (!closed) return { index: i, f };
  }
  return undefined;
}

/** The index of the line where a `[` or `{` that never closes was opened. */
function openBracket(lines: string[], from: number, open: string, close: string): number | undefined {
  for (let i = Math.min(from, lines.length - 1); i >= 0; i--) {
    const count = (c: string) => lines[i].split(c).length - 1;
    if (count(open) > count(close)) return i;
  }
  return undefined;
}

/** The nearest line above `index` with content, or undefined. */
function above(lines: string[], index: number): number | undefined {
  for (let i = index - 1; i >= 0; i--) if (isContent(lines[i])) return i;
  return undefined;
}

/**
 * One of the library's errors, told as an editor's mistake with its fix. `text` is the YAML as the
 * library read it, starting at line `firstLine` of the file: every line named is the file's.
 */
export function yamlSpot(error: YAMLError, text: string, counter: LineCounter, firstLine = 1): Spot {
  const lines = text.split('\n');
  const n = (i: number) => i + firstLine;
  const pos = counter.linePos(Math.min(error.pos[0], text.length));
  const index = Math.min(pos.line, lines.length) - 1;
  const line = lines[index] ?? '';
  const f = fieldLine(line);
  const at = (message: string, i = index, column = pos.col): Spot => ({ line: n(i), column, message });
  const first = error.message.split('\n')[0];

  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY': {
      if (f && /:(\s|$)/.test(f.value))
        return at(
          quoteIt(f, 'contains « : » (a colon then a space), which YAML reads as the start of another field'),
          index,
          f.valueColumn,
        );
      if (f?.value.startsWith('?')) return at(startsWith(f), index, f.valueColumn);
      const next = lines.findIndex((l, i) => i > index && isContent(l));
      if (f?.key && next > 0)
        return at(
          `this line is indented under \`${f.key}\`, which already has a value on line ${n(index)}: start it at column ${f.indent + 1}, as \`${f.key}\`, or put the whole value of \`${f.key}\` in quotes`,
          next,
          contentColumn(lines[next]),
        );
      break;
    }
    case 'MULTILINE_IMPLICIT_KEY':
    case 'MISSING_CHAR': {
      const quote = /^Missing closing (["'])/.exec(first)?.[1];
      if (quote) {
        const open = openQuote(lines, index, quote);
        if (open)
          return at(
            `${what(open.f)} opens a quote (${quote}) that is never closed: end the value with ${quote} on the same line`,
            open.index,
            open.f.valueColumn,
          );
        return at(`a quote (${quote}) is never closed: end the value with ${quote} on the same line`);
      }
      if (ITEM.test(line) && error.code === 'MULTILINE_IMPLICIT_KEY')
        return at(
          'a list item (« - ») must be indented under the field it belongs to, e.g. "authors:" then "  - name: …"',
          index,
          1,
        );
      if (f?.value.startsWith('-')) return at(startsWith(f), index, f.valueColumn);
      const previous = above(lines, index);
      const previousField = previous === undefined ? undefined : fieldLine(lines[previous]);
      const continues = previousField?.key
        ? ` If it continues the value of \`${previousField.key}\` on line ${n(previous!)}, indent it by two more spaces than \`${previousField.key}\`, or put that whole value in quotes on one line.`
        : '';
      return at(
        `« ${short(line.trim())} » is not a field: write it as name: value (a colon, then a space).${continues}`,
        index,
        contentColumn(line),
      );
    }
    case 'TAB_AS_INDENT':
      return at('this line is indented with a tab; YAML indents with spaces only: replace the tab with spaces');
    case 'BAD_INDENT': {
      const flow = /^Flow (sequence|map)/.exec(first)?.[1];
      if (flow) {
        const [open, close, name] = flow === 'map' ? ['{', '}', 'group'] : ['[', ']', 'list'];
        const opened = openBracket(lines, index - 1, open, close) ?? index;
        return at(
          `the ${name} opened with « ${open} » here is never closed: end it with « ${close} » on the same line`,
          opened,
          lines[opened].indexOf(open) + 1,
        );
      }
      const previous = above(lines, index);
      const column = contentColumn(line);
      if (previous !== undefined) {
        const reference = contentColumn(lines[previous]);
        const name = fieldLine(lines[previous])?.key;
        return at(
          `${f?.key ? `\`${f.key}\`` : 'this line'} starts at column ${column}, and ${name ? `\`${name}\`` : 'the line'} above it (line ${n(previous)}) at column ${reference}: fields of one group start at the same column; line it up with the group it belongs to`,
          index,
          column,
        );
      }
      return at(`this line is indented by ${column - 1} spaces where YAML expects none: start it at column 1`);
    }
    case 'DUPLICATE_KEY': {
      const key = f?.key;
      const firstAt = key
        ? lines.findIndex((l, i) => i < index && fieldLine(l)?.key === key && fieldLine(l)?.indent === f!.indent)
        : -1;
      return at(
        `\`${key ?? 'this field'}\` is given twice${firstAt >= 0 ? ` (first on line ${n(firstAt)})` : ''}: keep one`,
        index,
        contentColumn(line),
      );
    }
    case 'UNEXPECTED_TOKEN': {
      if (f && /^Unexpected scalar at node end/.test(first)) {
        const q = f.value[0];
        if (q === '"' || q === "'")
          return at(
            `${what(f)} goes on after its closing quote (${q}): a quote inside a value in ${q}…${q} is written ${q === '"' ? '\\"' : "''"} (or use ’ and « »), e.g. ${quoted(f)}`,
            index,
            f.valueColumn,
          );
        if (f.value[0] in READ_AS) return at(startsWith(f), index, f.valueColumn);
      }
      if (f && /^Unexpected block-seq-ind on same line with key/.test(first))
        return at(startsWith(f), index, f.valueColumn);
      if (f && /^Not a YAML token/.test(first) && /^[>|]/.test(f.value)) return at(startsWith(f), index, f.valueColumn);
      const stray = /token in YAML stream: "(.)"/.exec(first)?.[1];
      if (stray) return at(`« ${stray} » closes nothing that was opened: remove it, or put the whole value in quotes`);
      break;
    }
    case 'BAD_SCALAR_START':
      if (f) return at(startsWith(f), index, f.valueColumn);
      break;
    case 'KEY_OVER_1024_CHARS':
      return at(
        'this long line is read as the name of a field: a text this long belongs in the body, under the front matter, or in quotes as the value of a field (name: "…")',
        index,
        contentColumn(line),
      );
    case 'BLOCK_IN_FLOW':
      return at(
        'inside « [ ] » or « { } », items are separated by commas and written on the same line, e.g. { status: assessed, term: likely } or [niger, democracy]',
      );
    case 'BAD_DQ_ESCAPE': {
      const escape = /Invalid escape sequence (\\\S?)/.exec(first)?.[1] ?? '\\';
      return at(
        `${f ? what(f) : 'this value'} holds « ${escape} » inside double quotes, where « \\ » starts an escape: write « \\\\ » for a backslash, or use single quotes`,
      );
    }
  }
  return at(
    `YAML cannot read this line (« ${short(line.trim())} »): check its colons, quotes and indentation (YAML says: ${first})`,
  );
}

/**
 * What parses but is surely not what the editor meant: a value starting with « * », « & » or « ! »
 * (a reference, a name or a type to YAML, so the text is lost or the file unreadable), and a value
 * cut short at « #» (YAML reads " #…" as a comment: "Niger #1" would be published as "Niger").
 */
export function yamlSurprise(doc: Document, text: string, counter: LineCounter, firstLine = 1): Spot | undefined {
  const lines = text.split('\n');
  let spot: Spot | undefined;
  const report = (offset: number | undefined, trouble: string) => {
    if (spot || offset === undefined) return;
    const { line, col } = counter.linePos(offset);
    const f = fieldLine(lines[line - 1] ?? '') ?? { value: lines[line - 1]?.trim() ?? '', valueColumn: col, indent: 0 };
    spot = { line: line + firstLine - 1, column: f.valueColumn, message: quoteIt(f, trouble) };
  };
  const readAs = (c: string) => `has « ${c} » at the start of a value, which YAML reads as ${READ_AS[c]}`;
  visit(doc, (_, node) => {
    if (isAlias(node)) return report(node.range?.[0], readAs('*'));
    if (!isNode(node)) return;
    if (node.anchor) report(node.range?.[0], readAs('&'));
    else if (node.tag && !node.tag.startsWith('tag:')) report(node.range?.[0], readAs('!'));
    // A comment right after the text ("#1", "#Niger") is text the editor wrote; "  # …" is a real comment.
    if (isScalar(node) && node.type === 'PLAIN' && node.comment && !/^\s/.test(node.comment))
      report(
        node.range?.[0],
        `stops before « #${short(node.comment)} »: YAML reads a « # » after a space as the start of a comment`,
      );
  });
  return spot;
}
