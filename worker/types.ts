/** The Hono environment of every route: the bindings of wrangler.toml and per-request values. */
export type AppEnv = {
  Bindings: Env;
  Variables: {
    /** The CSP source that allows the inline stylesheet. */
    styleSource: string;
    /** The built app's script and build name (worker/render/assets.ts). */
    assets: import('./render/assets').AppAssets;
  };
};
