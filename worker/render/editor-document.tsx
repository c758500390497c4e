import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { EditorContext, type EditorView } from '../../web/editor/components/context';
import { EditorShell, type Signed } from '../../web/editor/components/EditorShell';
import type { EditorAssets } from './editor-assets';

export interface EditorDocumentParts {
  view: EditorView;
  title: string;
  body: VNode;
  who?: Signed;
  assets: EditorAssets;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A newsroom page: never indexed, no manifest and no reader's loader (readers' service worker leaves
 * these pages alone), the editor's own stylesheet and script from our origin: no inline script at all.
 */
export function renderEditorDocument(p: EditorDocumentParts): string {
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    `<title>${escapeAttr(p.title)}</title>`,
    '<meta name="theme-color" content="#8a2b06">',
    ...p.assets.styles.map((href) => `<link rel="stylesheet" href="${escapeAttr(href)}">`),
    p.assets.script ? `<script type="module" src="${escapeAttr(p.assets.script)}"></script>` : '',
  ].join('');
  const body = renderToString(
    <EditorContext.Provider value={p.view}>
      <EditorShell who={p.who}>{p.body}</EditorShell>
    </EditorContext.Provider>,
  );
  return `<!doctype html><html lang="${escapeAttr(p.view.lang)}"><head>${head}</head><body>${body}</body></html>`;
}
