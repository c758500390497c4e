/** The editor's built script and stylesheet, as dist/editor/manifest.json names them. */
export interface EditorAssets {
  script?: string;
  styles: string[];
}

const ENTRY = 'web/editor/main.ts';
let current: Promise<EditorAssets> | undefined;

/**
 * Reads the editor's manifest through the ASSETS binding once per isolate. Without a build (worker tests),
 * the editor's pages carry no script and no stylesheet, and still work: they are plain forms.
 */
export function editorAssets(env: Env, origin: string): Promise<EditorAssets> {
  current ??= env.ASSETS.fetch(new Request(`${origin}/editor/manifest.json`))
    .then(async (res): Promise<EditorAssets> => {
      if (!res.ok) return { styles: [] };
      const entry = ((await res.json()) as Record<string, { file: string; css?: string[] }>)[ENTRY];
      return entry
        ? { script: `/editor/${entry.file}`, styles: (entry.css ?? []).map((f) => `/editor/${f}`) }
        : { styles: [] };
    })
    .catch(() => {
      current = undefined;
      return { styles: [] };
    });
  return current;
}
