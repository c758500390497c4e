import type { Context } from 'hono';
import { briefingFromForm } from '../../web/editor/form-fields';
import { addItem, removeItem } from '../../web/editor/form-lists';
import type { AppEnv } from '../types';

/** A form post as a briefing (with any Add or Remove its button asked for), and the form's own fields. */
export async function readFormPost(c: Context<AppEnv>): Promise<{
  briefing: Record<string, unknown>;
  controls: Record<string, string>;
  /** Where to land on the page again: the item added, or the list an item left. */
  anchor?: string;
}> {
  const form = await c.req.parseBody({ all: true });
  const entries = Object.entries(form).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).flatMap((v): [string, string][] =>
      typeof v === 'string' ? [[name, v]] : [],
    ),
  );
  const controls = Object.fromEntries(entries.filter(([name]) => name.startsWith('_')));
  const briefing = briefingFromForm(entries);
  if (controls._add) {
    addItem(briefing, controls._add);
    return { briefing, controls, anchor: controls._add };
  }
  if (controls._remove) {
    removeItem(briefing, controls._remove);
    return { briefing, controls, anchor: controls._remove.replace(/\[\d+\]$/, '') };
  }
  return { briefing, controls };
}

/** A draft's version from the ETag the form carried (`"d3"`), or null. */
export const versionOf = (etag: string | undefined) => {
  const m = /^"?d(\d+)"?$/.exec(etag ?? '');
  return m ? Number(m[1]) : null;
};
