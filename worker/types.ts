/** The Hono environment of every route: the bindings of wrangler.toml and per-request values. */
export type AppEnv = {
  Bindings: Env;
  Variables: {
    /** The interface's language and strings for this request (worker/http/language.ts). */
    locale: import('../web/i18n/context').Locale;
    /** The reader's text size and theme, from cookies (worker/http/prefs.ts). */
    prefs: import('../web/prefs/prefs').Prefs;
    /** What else than the URL a cached page depends on (language, reading preferences). */
    variant?: string;
    /** The CSP source that allows the inline stylesheet. */
    styleSource: string;
    /** The built app's script and build name (worker/render/assets.ts). */
    assets: import('./render/assets').AppAssets;
    /** The signed-in editor, on routes behind requireRole (worker/http/identity.ts). */
    editor: import('../model/editor').Editor;
  };
};
