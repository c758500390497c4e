import { parsePath } from '../../web/editor/form-fields';

type Obj = Record<string | number, unknown>;

/**
 * Sets `value` in `merged` where `path` points in `draft`. The merge names a clash by where the draft
 * holds it (`scenarios[1]`), but items with ids may sit elsewhere in the merged briefing: each list
 * index is followed by the id of the item it names.
 */
export function setByDraftPath(merged: Obj, draft: Obj, path: string, value: unknown): void {
  const parts = parsePath(path);
  let inDraft: unknown = draft;
  let inMerged: unknown = merged;
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    let key: string | number = part;
    if (typeof part === 'number' && Array.isArray(inMerged)) {
      const id = ((inDraft as unknown[] | undefined)?.[part] as { id?: unknown } | undefined)?.id;
      const at = id === undefined ? -1 : inMerged.findIndex((item) => (item as { id?: unknown })?.id === id);
      key = at >= 0 ? at : part;
      if (last && value === null) {
        if (at >= 0) inMerged.splice(at, 1);
        return;
      }
      if (at < 0 && last) {
        inMerged.push(value);
        return;
      }
    }
    if (last) {
      if (value === null) delete (inMerged as Obj)[key];
      else (inMerged as Obj)[key] = value;
      return;
    }
    inDraft = (inDraft as Obj | undefined)?.[part];
    (inMerged as Obj)[key] ??= typeof parts[i + 1] === 'number' ? [] : {};
    inMerged = (inMerged as Obj)[key];
  }
}
