/** A JSON path as problem documents write it: `sections[0].heading`; `$` for the whole document. */
export function jsonPath(parts: readonly (string | number)[]): string {
  const path = parts.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
  return path || '$';
}
