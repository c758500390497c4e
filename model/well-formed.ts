import { jsonPath } from './json-path';
import type { FieldProblem } from './types';

// A lone surrogate (half of a UTF-16 pair) has no UTF-8 form: a page carrying one is invalid UTF-8
// and an Atom feed carrying one is no XML at all, for every reader. Such text is refused on the way in.

// ES2024's String methods, in every runtime here (Node 20, workerd, the browsers) but not in lib ES2023.
const es2024 = (s: string) => s as string & { isWellFormed(): boolean; toWellFormed(): string };

/** Whether `s` is well-formed UTF-16 (String.prototype.isWellFormed). */
export const isWellFormed = (s: string) => es2024(s).isWellFormed();

export const NOT_WELL_FORMED = 'must be well-formed Unicode: it holds a lone surrogate';

/** Where a parsed JSON value holds ill-formed text, in its strings or its keys (at most `max`). */
export function illFormedProblems(value: unknown, max = 100): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const walk = (x: unknown, path: (string | number)[]) => {
    if (problems.length >= max) return;
    if (typeof x === 'string') {
      if (!isWellFormed(x)) problems.push({ path: jsonPath(path), message: NOT_WELL_FORMED });
    } else if (Array.isArray(x)) x.forEach((item, i) => walk(item, [...path, i]));
    else if (x && typeof x === 'object')
      for (const [key, item] of Object.entries(x)) {
        // A key that is itself ill-formed is named as well as JSON paths can: by its well-formed form.
        if (!isWellFormed(key))
          problems.push({ path: jsonPath([...path, es2024(key).toWellFormed()]), message: NOT_WELL_FORMED });
        else walk(item, [...path, key]);
      }
  };
  walk(value, []);
  return problems;
}
