import { describe, expect, it } from 'vitest';
import { parseTable, withBenchTable } from '../../bench/lib/performance-doc';
import { table, type Machine, type Row } from '../../bench/lib/report';

const m: Machine = { date: '2026-12-01T21:10:00.000Z', nproc: 2, cpu: 'Test CPU', node: 'v20.19.0', load: 1.5 };
const doc = (inner: string) => `# Performance\n\nIntro.\n\n<!-- bench -->\n${inner}\n<!-- /bench -->\n\n## Method\n`;
const rows: Row[] = [
  { figure: 'briefing page', budget: '≤ 8 KB gzip', result: '6.01 KB gzip', pass: true },
  { figure: 'render cpu', budget: '', result: '1.2 ms', pass: null },
];

describe('the bench table in docs/performance.md', () => {
  it('reads back the rows it printed', () => {
    expect(parseTable(table(rows))).toEqual(rows);
  });

  it('puts a whole run between the markers, with its date and machine, and leaves the rest alone', () => {
    const written = withBenchTable(doc('old'), m, rows);
    expect(written).toBe(
      doc(
        `Measured 2026-12-01 21:10 UTC on 2 × Test CPU, Node v20.19.0 (load average 1.5 at the start).\n\n${table(rows)}`,
      ),
    );
  });

  it('replaces only the figures a partial run measured, and says so', () => {
    const fresh: Row = { figure: 'briefing page', budget: '≤ 8 KB gzip', result: '9.00 KB gzip', pass: false };
    const written = withBenchTable(withBenchTable(doc(''), m, rows), m, [fresh], ['page bytes']);
    expect(written).toContain('of “page bytes” only: the other rows are from an earlier run.');
    expect(parseTable(written)).toEqual([fresh, rows[1]]);
  });

  it('refuses a page without markers rather than writing the table somewhere else', () => {
    expect(() => withBenchTable('# Performance\n', m, rows)).toThrow(/markers/);
  });
});
