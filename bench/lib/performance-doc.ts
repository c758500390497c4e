import { readFileSync, writeFileSync } from 'node:fs';
import { table, type Machine, type Row } from './report';

export const PERFORMANCE_DOC = 'docs/performance.md';
const START = '<!-- bench -->';
const END = '<!-- /bench -->';

/** The rows of a Markdown table as `table()` prints it (header and rule skipped). */
export function parseTable(markdown: string): Row[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| ') && !/^[|\s:-]+$/.test(line))
    .slice(1)
    .map((line) =>
      line
        .slice(2, -2)
        .split(' | ')
        .map((cell) => cell.trim()),
    )
    .filter((cells) => cells.length === 4)
    .map(([figure, budget, result, pass]) => ({
      figure,
      budget: budget === '—' ? '' : budget,
      result,
      pass: pass === 'pass' ? true : pass === 'FAIL' ? false : null,
    }));
}

/** The table kept so far with this run's rows in place of the same figures', new ones at the end. */
export function mergeRows(kept: Row[], fresh: Row[]): Row[] {
  const byFigure = new Map(fresh.map((r) => [r.figure, r]));
  const merged = kept.map((r) => byFigure.get(r.figure) ?? r);
  return [...merged, ...fresh.filter((r) => !kept.some((k) => k.figure === r.figure))];
}

/**
 * `doc` with this run's figures between its bench markers. A run of some groups only (`--only`)
 * replaces their rows and keeps the others', and says which figures it measured.
 */
export function withBenchTable(doc: string, m: Machine, rows: Row[], only?: string[]): string {
  const [a, b] = [doc.indexOf(START), doc.indexOf(END)];
  if (a < 0 || b < a) throw new Error(`${PERFORMANCE_DOC} has no ${START} … ${END} markers`);
  const kept = only ? parseTable(doc.slice(a, b)) : [];
  const when = `${m.date.slice(0, 16).replace('T', ' ')} UTC on ${m.nproc} × ${m.cpu}, Node ${m.node} (load average ${m.load} at the start)`;
  const block = [
    START,
    only
      ? `Last run ${when}, of ${only.map((g) => `“${g}”`).join(', ')} only: the other rows are from an earlier run.`
      : `Measured ${when}.`,
    '',
    table(mergeRows(kept, rows)),
    END,
  ].join('\n');
  return doc.slice(0, a) + block + doc.slice(b + END.length);
}

/** Writes this run's table into docs/performance.md. */
export function writePerformanceDoc(m: Machine, rows: Row[], only?: string[]): void {
  writeFileSync(PERFORMANCE_DOC, withBenchTable(readFileSync(PERFORMANCE_DOC, 'utf8'), m, rows, only));
}
