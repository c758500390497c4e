import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, availableParallelism } from 'node:os';

/** One line of the table: what was measured, its budget, the result, and whether the budget holds. */
export interface Row {
  figure: string;
  /** Empty when the figure is reported for information only. */
  budget: string;
  result: string;
  /** true/false against the budget; null for information or when it cannot be measured yet. */
  pass: boolean | null;
}

export interface Machine {
  date: string;
  nproc: number;
  cpu: string;
  node: string;
  /** The 1-minute load average when the run started: others' work skews absolute times, not ratios. */
  load: number;
}

export function machine(): Machine {
  return {
    date: new Date().toISOString(),
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    load: Math.round(loadavg()[0] * 100) / 100,
  };
}

const mark = (pass: boolean | null) => (pass === null ? '—' : pass ? 'pass' : 'FAIL');

/** The table as Markdown: it reads in a terminal and goes into docs/performance.md unchanged. */
export function table(rows: Row[]): string {
  const cells = [
    ['figure', 'budget', 'result', 'pass'],
    ...rows.map((r) => [r.figure, r.budget || '—', r.result, mark(r.pass)]),
  ];
  const widths = cells[0].map((_, i) => Math.max(...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((s, i) => s.padEnd(widths[i])).join(' | ')} |`;
  // The rule as Prettier writes it, so that the table it writes into docs/ passes the lint unchanged.
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

/** Writes the run to bench/results/<timestamp>.json (git-ignored) and returns the path. */
export function save(m: Machine, rows: Row[], details: Record<string, unknown>): string {
  mkdirSync('bench/results', { recursive: true });
  const path = `bench/results/${m.date.replace(/[:.]/g, '-')}.json`;
  writeFileSync(path, `${JSON.stringify({ machine: m, rows, details }, null, 2)}\n`);
  return path;
}

/** Formatting helpers shared by the measuring files. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
export const ms = (t: number) => `${Math.round(t)} ms`;
export const x = (ratio: number) => `${ratio.toFixed(2)}×`;
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
