import type { Context } from 'hono';
import type { VNode } from 'preact';
import type { Editor } from '../../model/editor';
import type { Briefing, FieldProblem } from '../../model/types';
import type { EditorView } from '../../web/editor/components/context';
import type { Signed } from '../../web/editor/components/EditorShell';
import { fieldWords } from '../../web/editor/field-words';
import { problemsByField } from '../../web/editor/form-fields';
import { problemText } from '../../web/editor/i18n/problems';
import { editorStrings } from '../../web/editor/i18n/strings';
import { alertFor } from '../alerts/what-moved';
import { deskName } from '../store/editors';
import { editorAssets } from '../render/editor-assets';
import { renderEditorDocument } from '../render/editor-document';
import type { AppEnv } from '../types';

type C = Context<AppEnv>;

/** What the editor's pages are drawn with: the editor's language, the briefing on the form, its problems. */
export function viewOf(c: C, briefing: Record<string, unknown> = {}, problems: FieldProblem[] = []): EditorView {
  const { lang, t: r } = c.get('locale');
  return {
    lang,
    t: editorStrings(lang),
    r,
    briefing,
    problems: problemsByField(problems.map((p) => ({ ...p, message: problemText(p.message, lang) }))),
  };
}

/** A changed field as the form names it ("What comes next · Last reviewed"), for the sentences of a change. */
export const fieldNamer = (c: C, briefing: object) => (path: string) =>
  fieldWords(editorStrings(c.get('locale').lang), path, briefing) || path;

/** The alert followers would get for a change, in the editor's language; null when it sends none. */
export function alertWords(c: C, before: Briefing | null, after: Briefing): { title: string; body: string } | null {
  const alert = alertFor(before, after);
  return alert && { title: alert.title, body: alert.body[c.get('locale').lang === 'fr' ? 'fr' : 'en'] };
}

/** Who is signed in, as the pages name them: their desk by its name in the editor's language. */
async function who(c: C): Promise<Signed | undefined> {
  const e = c.get('editor') as Editor | undefined;
  return e && { name: e.name, role: e.role, desk: await deskName(c.env.DB, e.desk, c.get('locale').lang) };
}

/** A newsroom page: never stored by any cache, never indexed. */
export async function editorPage(
  c: C,
  title: string,
  body: VNode,
  options: { view?: EditorView; status?: 200 | 401 | 404 | 409 | 412 | 422 } = {},
): Promise<Response> {
  const html = renderEditorDocument({
    view: options.view ?? viewOf(c),
    title: `${title} · Briefing`,
    body,
    who: await who(c),
    assets: await editorAssets(c.env, new URL(c.req.url).origin),
  });
  return c.html(html, options.status ?? 200, { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' });
}

/** The newsroom's 404: a draft published or deleted meanwhile, a briefing that is not there. */
export function notFoundPage(c: C): Promise<Response> {
  const { t } = viewOf(c);
  return editorPage(
    c,
    t.notFound,
    <>
      <h1>{t.notFound}</h1>
      <p>
        <a href="/editor">{t.back}</a>
      </p>
    </>,
    { status: 404 },
  );
}
